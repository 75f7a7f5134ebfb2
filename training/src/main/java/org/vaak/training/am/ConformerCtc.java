package org.vaak.training.am;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The conformer-CTC acoustic model as DJL blocks: {@link ConvSubsampling} ({@code sub}), {@code blocks}
 * {@link ConformerBlock}s ({@code blocks.i}), Linear {@code head} to blank plus phones. Input: normalised
 * log-mel features {@code [B, T, mel]} with zeros past each utterance's length; output: logits
 * {@code [B, T', tokens]} (log-softmax them for log-posteriors). Parameter names are the model file's tensor
 * names ({@link #namedParameters()}); {@code norm.mean/istd} are not parameters (the data pipeline applies
 * them).
 */
public final class ConformerCtc extends AmModule {
    private final AmConfig config;
    private final ConvSubsampling sub;
    private final List<ConformerBlock> blocks = new ArrayList<>();
    private final Parameter headW;
    private final Parameter headB;
    private final float dropout;

    /** A model of shape {@code config}, initial weights drawn from {@code seed}, branch dropout {@code dropout}. */
    public ConformerCtc(AmConfig config, long seed, float dropout) {
        super(seed, "");
        this.config = config;
        this.dropout = dropout;
        sub = part("sub", new ConvSubsampling(seed, "sub.", config));
        for (int i = 0; i < config.blocks(); i++) {
            blocks.add(part("blocks." + i, new ConformerBlock(seed, "blocks." + i + ".", config)));
        }
        headW = weight("head.weight", config.d(), config.numTokens(), config.d());
        headB = constant("head.bias", 0f, config.numTokens());
    }

    public AmConfig config() {
        return config;
    }

    /** Initialises every parameter (float32) in {@code manager}. */
    public void initialize(NDManager manager) {
        initialize(manager, ai.djl.ndarray.types.DataType.FLOAT32);
    }

    @Override
    public Map<String, Parameter> namedParameters() {
        return super.namedParameters();
    }

    /**
     * Logits {@code [B, T', tokens]} for normalised features {@code [B, T, mel]} (zero past
     * {@code lengths[b]} input frames); dropout when {@code training}.
     */
    public NDArray logits(NDArray features, int[] lengths, boolean training) {
        NDManager m = features.getManager();
        int t = (int) features.getShape().get(1);
        int[] len1 = new int[lengths.length];
        int[] out = new int[lengths.length];
        for (int i = 0; i < lengths.length; i++) {
            len1[i] = (lengths[i] + 1) / 2;
            out[i] = config.outputFrames(lengths[i]);
        }
        NDArray mask1 = AmContext.timeMask(m, len1, (t + 1) / 2);
        NDArray x = sub.apply(features, mask1);
        AmContext ctx = AmContext.of(m, out, (int) x.getShape().get(1), config, training, dropout);
        if (training && dropout > 0) {
            x = ai.djl.nn.norm.Dropout.dropout(x, dropout, true).singletonOrThrow();
        }
        for (ConformerBlock b : blocks) {
            x = b.apply(x, ctx);
        }
        return linear(x, headW, headB);
    }

    /** Output frames per utterance for input lengths. */
    public int[] outputLengths(int[] lengths) {
        int[] out = new int[lengths.length];
        for (int i = 0; i < lengths.length; i++) {
            out[i] = config.outputFrames(lengths[i]);
        }
        return out;
    }

    @Override
    NDArray apply(NDArray x, AmContext ctx) {
        throw new UnsupportedOperationException("use logits(features, lengths, training)");
    }

    /** DJL entry: inputs (features {@code [B, T, mel]}, lengths {@code [B]} int32); output the logits. */
    @Override
    protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training,
            PairList<String, Object> params) {
        return new NDList(logits(inputs.get(0), inputs.get(1).toIntArray(), training));
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        Shape in = inputShapes[0];
        return new Shape[] {new Shape(in.get(0), config.outputFrames((int) in.get(1)), config.numTokens())};
    }
}
