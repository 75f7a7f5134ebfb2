package org.vaak.training.am;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Shape of the conformer-CTC acoustic model (docs: /work/am-spec.md, docs/acoustic-model.md), validated once.
 *
 * @param language language code ({@code ta}, {@code kn})
 * @param d model width
 * @param heads attention heads ({@code d} must divide into them, head width even for rotary pairs)
 * @param ffn feed-forward hidden width
 * @param blocks number of conformer blocks
 * @param convKernel depthwise convolution kernel (odd)
 * @param attnLeft output frames a query may look back
 * @param attnRight output frames a query may look ahead
 * @param subsampling 2 or 4
 * @param melBins input feature bins
 * @param phones the phone symbols; token {@code i + 1} is {@code phones.get(i)}, token 0 the blank
 */
public record AmConfig(String language, int d, int heads, int ffn, int blocks, int convKernel, int attnLeft,
        int attnRight, int subsampling, int melBins, List<String> phones) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public AmConfig {
        phones = List.copyOf(phones);
        if (d <= 0 || heads <= 0 || d % heads != 0 || (d / heads) % 2 != 0) {
            throw new IllegalArgumentException("width " + d + " must split into " + heads + " heads of even width");
        }
        if (ffn <= 0 || blocks < 0 || melBins <= 0) {
            throw new IllegalArgumentException("ffn " + ffn + ", blocks " + blocks + ", mel bins " + melBins
                    + " must be positive");
        }
        if (convKernel <= 0 || convKernel % 2 == 0) {
            throw new IllegalArgumentException("conv kernel must be odd, got " + convKernel);
        }
        if (attnLeft < 0 || attnRight < 0) {
            throw new IllegalArgumentException("attention window must be >= 0: " + attnLeft + ", " + attnRight);
        }
        if (subsampling != 2 && subsampling != 4) {
            throw new IllegalArgumentException("subsampling must be 2 or 4, got " + subsampling);
        }
        if (phones.isEmpty()) {
            throw new IllegalArgumentException("no phones");
        }
    }

    /** The spec's default size for {@code language} with {@code phones}. */
    public static AmConfig defaults(String language, List<String> phones) {
        return new AmConfig(language, 144, 4, 576, 6, 15, 32, 8, 2, 80, phones);
    }

    public AmConfig withSubsampling(int s) {
        return new AmConfig(language, d, heads, ffn, blocks, convKernel, attnLeft, attnRight, s, melBins, phones);
    }

    /** Blank plus phones. */
    public int numTokens() {
        return phones.size() + 1;
    }

    public int headDim() {
        return d / heads;
    }

    /** Output frames for {@code frames} input frames: each stride-2 convolution (k 3, pad 1) gives ceil(n/2). */
    public int outputFrames(int frames) {
        int n = (frames + 1) / 2;
        return subsampling == 4 ? (n + 1) / 2 : n;
    }

    /**
     * Input frames before an output frame's own frames that can change it: the blocks' context in output
     * frames (attention window plus half the conv kernel, per block) times the subsampling, plus the
     * subsampling convolutions' own left context (1 input frame for conv1, 2 more for conv2).
     */
    public int leftContext() {
        return blocks * (attnLeft + (convKernel - 1) / 2) * subsampling + (subsampling == 4 ? 3 : 1);
    }

    /**
     * Input frames after an output frame's own frames that can change it. Output frame j of conv1 covers
     * input frames 2j-1..2j+1 (its own frames 2j, 2j+1), so conv1 adds no right context; with conv2, frame j
     * covers conv1 frames 2j-1..2j+1, i.e. input 4j-3..4j+3, own frames 4j..4j+3: again none.
     */
    public int rightContext() {
        return blocks * (attnRight + (convKernel - 1) / 2) * subsampling;
    }

    /** The spec's {@code vaak.am} metadata JSON. */
    public String toJson() {
        ObjectNode o = JSON.createObjectNode();
        o.put("architecture", "conformer-ctc");
        o.put("language", language);
        o.put("d", d);
        o.put("heads", heads);
        o.put("ffn", ffn);
        o.put("blocks", blocks);
        o.put("conv_kernel", convKernel);
        o.put("attn_left", attnLeft);
        o.put("attn_right", attnRight);
        o.put("subsampling", subsampling);
        o.put("mel_bins", melBins);
        ArrayNode p = o.putArray("phones");
        phones.forEach(p::add);
        o.put("blank", 0);
        return o.toString();
    }

    /** Parses {@link #toJson}; a missing field fails naming it. */
    public static AmConfig fromJson(String json) {
        try {
            JsonNode o = JSON.readTree(json);
            if (!"conformer-ctc".equals(o.path("architecture").asText())) {
                throw new IllegalArgumentException("architecture is not conformer-ctc: " + json);
            }
            List<String> phones = new ArrayList<>();
            o.required("phones").forEach(n -> phones.add(n.asText()));
            return new AmConfig(o.required("language").asText(), o.required("d").asInt(),
                    o.required("heads").asInt(), o.required("ffn").asInt(), o.required("blocks").asInt(),
                    o.required("conv_kernel").asInt(), o.required("attn_left").asInt(),
                    o.required("attn_right").asInt(), o.required("subsampling").asInt(),
                    o.required("mel_bins").asInt(), phones);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("acoustic-model config is not JSON: " + e.getOriginalMessage());
        }
    }
}
