package org.vaak.asr.transcript;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * One JSON object on one line: {@code {"id", "text", "duration", "words": [{"word", "start", "end",
 * "confidence", "subwords": [{"text", "start", "end", "confidence"}]}]}}; times in seconds and
 * confidences rounded to 3 decimals (null in partial results, which have none); {@code "id"} only when
 * an utterance id is given.
 */
public final class JsonWriter implements TranscriptWriter {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Override
    public void write(Transcript transcript, String utterance, Appendable out) throws IOException {
        out.append(toJson(transcript, utterance)).append('\n');
    }

    static String toJson(Transcript t, String utterance) throws JsonProcessingException {
        ObjectNode root = MAPPER.createObjectNode();
        if (utterance != null) {
            root.put("id", utterance);
        }
        root.put("text", t.text());
        root.put("duration", round(t.duration()));
        ArrayNode words = root.putArray("words");
        for (Word w : t.words()) {
            ObjectNode o = words.addObject();
            o.put("word", w.text());
            o.put("start", round(w.start()));
            o.put("end", round(w.end()));
            putConfidence(o, w.confidence());
            ArrayNode subs = o.putArray("subwords");
            for (Subword s : w.subwords()) {
                ObjectNode so = subs.addObject();
                so.put("text", s.text());
                so.put("start", round(s.start()));
                so.put("end", round(s.end()));
                putConfidence(so, s.confidence());
            }
        }
        return MAPPER.writeValueAsString(root);
    }

    /** Partial results have no confidence: written as null. */
    private static void putConfidence(ObjectNode o, double c) {
        if (Double.isNaN(c)) {
            o.putNull("confidence");
        } else {
            o.put("confidence", round(c));
        }
    }

    private static double round(double x) {
        return Math.round(x * 1000) / 1000.0;
    }
}
