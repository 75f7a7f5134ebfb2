package org.vaak.asr.am;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The network settings of a conformer-CTC acoustic model (the {@code vaak.am} metadata of its file, see
 * docs/acoustic-model.md), validated once.
 *
 * @param language language code ({@code ta}, {@code kn})
 * @param d model width
 * @param heads attention heads (d / heads even, for the rotary pairs)
 * @param ffn feed-forward width
 * @param blocks number of conformer blocks
 * @param convKernel depthwise kernel (odd)
 * @param attnLeft keys attended before a query (output frames)
 * @param attnRight keys attended after a query (output frames)
 * @param subsampling 2 or 4
 * @param melBins input features per frame
 * @param phones the phones of tokens 1.. (token 0 is the blank)
 */
public record ConformerConfig(String language, int d, int heads, int ffn, int blocks, int convKernel, int attnLeft,
        int attnRight, int subsampling, int melBins, List<String> phones) {
    public static final String ARCHITECTURE = "conformer-ctc";
    private static final ObjectMapper JSON = new ObjectMapper();

    public ConformerConfig {
        phones = List.copyOf(phones);
        List<String> bad = new ArrayList<>();
        if (d <= 0 || heads <= 0 || d % heads != 0 || (d / heads) % 2 != 0) {
            bad.add("d = " + d + " must be a positive multiple of heads = " + heads + " with an even head width");
        }
        if (ffn <= 0 || blocks <= 0 || melBins <= 0) {
            bad.add("ffn, blocks and mel_bins must be positive (ffn " + ffn + ", blocks " + blocks + ", mel_bins " + melBins + ")");
        }
        if (convKernel <= 0 || convKernel % 2 == 0) {
            bad.add("conv_kernel must be odd and positive, got " + convKernel);
        }
        if (attnLeft < 0 || attnRight < 0) {
            bad.add("attn_left and attn_right must be >= 0, got " + attnLeft + " and " + attnRight);
        }
        if (subsampling != 2 && subsampling != 4) {
            bad.add("subsampling must be 2 or 4, got " + subsampling);
        }
        if (phones.isEmpty()) {
            bad.add("phones is empty");
        }
        Set<String> seen = new HashSet<>();
        for (String p : phones) {
            if (!seen.add(p)) {
                bad.add("phone '" + p + "' listed twice");
            }
        }
        if (!bad.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", bad));
        }
    }

    /** The spec's default network for {@code phones}: d 144, 4 heads, ffn 576, 6 blocks, kernel 15, window 32/8, subsampling 2. */
    public static ConformerConfig defaults(String language, List<String> phones) {
        return new ConformerConfig(language, 144, 4, 576, 6, 15, 32, 8, 2, 80, phones);
    }

    /** Blank plus the phones. */
    public int numTokens() {
        return phones.size() + 1;
    }

    /** Context of one block in output frames, each side: attention window plus half the depthwise kernel. */
    public int blockLeft() {
        return attnLeft + (convKernel - 1) / 2;
    }

    public int blockRight() {
        return attnRight + (convKernel - 1) / 2;
    }

    /**
     * Input frames before an output frame's own frames that can change it: the blocks' context in output
     * frames times the subsampling, plus the subsampling convolutions' own left reach (1 frame for one
     * stride-2 kernel-3 convolution, 3 for two).
     */
    public int leftContext() {
        return blocks * blockLeft() * subsampling + (subsampling == 2 ? 1 : 3);
    }

    /**
     * Input frames after an output frame's own frames that can change it: output frame {@code j}'s last
     * own frame is {@code (j+1) s - 1} and its subsampling convolutions reach exactly that far, so only the
     * blocks add right context.
     */
    public int rightContext() {
        return blocks * blockRight() * subsampling;
    }

    /** Parses the {@code vaak.am} JSON; {@code where} names the file in messages. */
    public static ConformerConfig parse(String json, String where) {
        JsonNode n;
        try {
            n = JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(where + ": vaak.am is not valid JSON: " + e.getMessage(), e);
        }
        if (n == null || !n.isObject()) {
            throw new IllegalArgumentException(where + ": vaak.am is not a JSON object");
        }
        String arch = n.path("architecture").asText("");
        if (!arch.equals(ARCHITECTURE)) {
            throw new IllegalArgumentException(where + ": vaak.am architecture is '" + arch + "', expected '" + ARCHITECTURE + "'");
        }
        if (n.path("blank").asInt(0) != 0 || (n.has("blank") && !n.get("blank").canConvertToInt())) {
            throw new IllegalArgumentException(where + ": vaak.am blank must be 0, got " + n.get("blank"));
        }
        JsonNode ph = n.path("phones");
        if (!ph.isArray()) {
            throw new IllegalArgumentException(where + ": vaak.am has no phones array");
        }
        List<String> phones = new ArrayList<>();
        for (JsonNode p : ph) {
            if (!p.isTextual() || p.asText().isEmpty()) {
                throw new IllegalArgumentException(where + ": vaak.am phones must be non-empty strings, got " + p);
            }
            phones.add(p.asText());
        }
        String lang = n.path("language").asText("");
        try {
            return new ConformerConfig(lang, num(n, "d", where), num(n, "heads", where), num(n, "ffn", where),
                    num(n, "blocks", where), num(n, "conv_kernel", where), num(n, "attn_left", where),
                    num(n, "attn_right", where), num(n, "subsampling", where), num(n, "mel_bins", where), phones);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage().startsWith(where) ? e.getMessage() : where + ": vaak.am: " + e.getMessage(), e);
        }
    }

    private static int num(JsonNode n, String field, String where) {
        JsonNode v = n.get(field);
        if (v == null || !v.canConvertToInt() || !v.isIntegralNumber()) {
            throw new IllegalArgumentException(where + ": vaak.am field '" + field + "' must be an integer, got " + v);
        }
        return v.asInt();
    }

    /** The {@code vaak.am} JSON of this configuration. */
    public String toJson() {
        ObjectNode n = JSON.createObjectNode();
        n.put("architecture", ARCHITECTURE);
        n.put("language", language);
        n.put("d", d);
        n.put("heads", heads);
        n.put("ffn", ffn);
        n.put("blocks", blocks);
        n.put("conv_kernel", convKernel);
        n.put("attn_left", attnLeft);
        n.put("attn_right", attnRight);
        n.put("subsampling", subsampling);
        n.put("mel_bins", melBins);
        ArrayNode a = n.putArray("phones");
        phones.forEach(a::add);
        n.put("blank", 0);
        return n.toString();
    }
}
