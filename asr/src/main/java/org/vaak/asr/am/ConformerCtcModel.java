package org.vaak.asr.am;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.vaak.asr.AcousticModel;
import org.vaak.audio.FeatureConfig;
import org.vaak.lexicons.Language;
import org.vaak.lexicons.g2p.PhoneSet;
import org.vaak.runtime.ModelFormatException;
import org.vaak.runtime.SafeTensors;
import org.vaak.runtime.Tensor;
import org.vaak.runtime.nn.Linear;
import org.vaak.runtime.nn.Softmax;

/**
 * The conformer-CTC acoustic model (docs/acoustic-model.md) on vaak's runtime: global feature normalisation,
 * convolutional subsampling, conformer blocks with local-window rotary attention, a linear head and
 * log-softmax. Long inputs are processed in blocks of output frames, each with the model's full receptive
 * field around it, so memory stays bounded and the result equals a single pass. Immutable and thread-safe.
 */
public final class ConformerCtcModel implements AcousticModel {
    /** Output frames per block when processing long inputs (80 s of audio at subsampling 2). */
    public static final int DEFAULT_BLOCK_FRAMES = 4000;

    private final String source;
    private final ConformerConfig config;
    private final FeatureConfig features;
    private final float[] mean;
    private final float[] istd;
    private final Subsampling sub;
    private final ConformerBlock[] blocks;
    private final Linear head;

    private ConformerCtcModel(String source, ConformerConfig config, FeatureConfig features, float[] mean, float[] istd,
                              Subsampling sub, ConformerBlock[] blocks, Linear head) {
        this.source = source;
        this.config = config;
        this.features = features;
        this.mean = mean;
        this.istd = istd;
        this.sub = sub;
        this.blocks = blocks;
        this.head = head;
    }

    /** Loads a model whose features must be {@link FeatureConfig#DEFAULT}. */
    public static ConformerCtcModel load(Path file, Precision precision) throws IOException {
        return load(file, precision, FeatureConfig.DEFAULT);
    }

    /**
     * Loads and validates a model file: kind and version, the network settings, the phones (each must be a
     * phone of the language's {@link PhoneSet}), the feature settings (they must equal {@code computed}) and
     * every tensor's name, dtype and shape. Problems are reported as a {@link ModelFormatException} naming
     * the file.
     */
    public static ConformerCtcModel load(Path file, Precision precision, FeatureConfig computed) throws IOException {
        SafeTensors st = SafeTensors.open(file);
        String src = st.source();
        var meta = st.metadata();
        String kind = meta.get("vaak.kind");
        if (!"acoustic-model".equals(kind)) {
            throw new ModelFormatException(src + ": not an acoustic model: metadata vaak.kind is "
                    + (kind == null ? "missing" : "'" + kind + "'") + ", expected 'acoustic-model'");
        }
        if (!"1".equals(meta.get("vaak.version"))) {
            throw new ModelFormatException(src + ": acoustic-model version " + meta.get("vaak.version") + " is not supported (expected 1)");
        }
        for (String key : new String[] {"vaak.am", "vaak.features"}) {
            if (meta.get(key) == null) {
                throw new ModelFormatException(src + ": metadata " + key + " is missing");
            }
        }
        ConformerConfig c;
        FeatureConfig f;
        try {
            c = ConformerConfig.parse(meta.get("vaak.am"), src);
            f = FeatureMetadata.parse(meta.get("vaak.features"), src);
            checkPhones(c);
        } catch (IllegalArgumentException e) {
            throw new ModelFormatException(e.getMessage().startsWith(src) ? e.getMessage() : src + ": " + e.getMessage(), e);
        }
        List<String> diff = FeatureMetadata.differences(f, computed);
        if (!diff.isEmpty()) {
            throw new ModelFormatException(src + ": the model was trained on other features than vaak computes: " + String.join(", ", diff));
        }
        if (f.melBins() != c.melBins()) {
            throw new ModelFormatException(src + ": vaak.am mel_bins " + c.melBins() + " differs from vaak.features melBins " + f.melBins());
        }
        WeightSource w = new WeightSource(st, precision);
        float[] mean = w.floats("norm.mean", c.melBins());
        float[] istd = w.floats("norm.istd", c.melBins());
        Subsampling sub = Subsampling.load(w, c);
        ConformerBlock[] blocks = new ConformerBlock[c.blocks()];
        for (int i = 0; i < blocks.length; i++) {
            blocks[i] = ConformerBlock.load(w, "blocks." + i, c);
        }
        Linear head = new Linear(w.matrix("head.weight", c.numTokens(), c.d()), w.floats("head.bias", c.numTokens()));
        w.check();
        return new ConformerCtcModel(src, c, f, mean, istd, sub, blocks, head);
    }

    private static void checkPhones(ConformerConfig c) {
        PhoneSet set = PhoneSet.of(Language.fromCode(c.language()));
        for (String p : c.phones()) {
            if (!set.contains(p)) {
                throw new IllegalArgumentException("phone '" + p + "' is not in the " + set.language().displayName() + " phone set");
            }
        }
    }

    public ConformerConfig config() {
        return config;
    }

    /** The file the model was loaded from. */
    public String source() {
        return source;
    }

    @Override
    public FeatureConfig features() {
        return features;
    }

    @Override
    public int subsampling() {
        return config.subsampling();
    }

    @Override
    public int leftContext() {
        return config.leftContext();
    }

    @Override
    public int rightContext() {
        return config.rightContext();
    }

    @Override
    public int numTokens() {
        return config.numTokens();
    }

    @Override
    public String phone(int token) {
        if (token < 1 || token > config.phones().size()) {
            throw new IllegalArgumentException("token " + token + " is not a phone (1.." + config.phones().size() + ")");
        }
        return config.phones().get(token - 1);
    }

    @Override
    public float[][] logPosteriors(float[][] feats) {
        return logPosteriors(feats, DEFAULT_BLOCK_FRAMES);
    }

    /**
     * Log-posteriors computed in blocks of at most {@code blockFrames} output frames; each block is run on its
     * input frames plus the receptive field on both sides (rounded out to whole output frames), and its
     * rotary positions continue those of the utterance.
     */
    public float[][] logPosteriors(float[][] feats, int blockFrames) {
        if (blockFrames < 1) {
            throw new IllegalArgumentException("block size must be >= 1 output frame, got " + blockFrames);
        }
        int mel = config.melBins();
        for (int i = 0; i < feats.length; i++) {
            if (feats[i].length != mel) {
                throw new IllegalArgumentException("feature frame " + i + " has " + feats[i].length + " values, the model expects " + mel);
            }
        }
        int s = config.subsampling();
        int t = feats.length;
        int n = (t + s - 1) / s;
        float[][] out = new float[n][];
        int left = (leftContext() + s - 1) / s;
        int right = (rightContext() + s - 1) / s;
        for (int j0 = 0; j0 < n; j0 += blockFrames) {
            int j1 = (int) Math.min(n, (long) j0 + blockFrames);
            int first = Math.max(0, j0 - left);
            int from = first * s;
            int to = (int) Math.min(t, ((long) j1 + right) * s);
            float[][] rows = run(feats, from, to, first);
            System.arraycopy(rows, j0 - first, out, j0, j1 - j0);
        }
        return out;
    }

    /** The network on input frames {@code [from, to)} whose first output frame is {@code firstOut}. */
    private float[][] run(float[][] feats, int from, int to, int firstOut) {
        int mel = config.melBins();
        float[] x = new float[(to - from) * mel];
        for (int i = from; i < to; i++) {
            float[] f = feats[i];
            int o = (i - from) * mel;
            for (int b = 0; b < mel; b++) {
                x[o + b] = (f[b] - mean[b]) * istd[b];
            }
        }
        Tensor h = sub.forward(new Tensor(x, to - from, mel));
        for (ConformerBlock b : blocks) {
            h = b.forward(h, firstOut);
        }
        float[] logits = head.forward(h).data();
        int v = numTokens();
        int rows = h.dim(0);
        float[][] out = new float[rows][];
        for (int r = 0; r < rows; r++) {
            float[] row = java.util.Arrays.copyOfRange(logits, r * v, (r + 1) * v);
            Softmax.apply(row, 0, v, true);
            out[r] = row;
        }
        return out;
    }
}
