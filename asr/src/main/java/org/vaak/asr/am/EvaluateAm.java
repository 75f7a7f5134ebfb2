package org.vaak.asr.am;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.vaak.asr.eval.ErrorRate;
import org.vaak.audio.corpus.Manifest;
import org.vaak.audio.corpus.Utterance;
import org.vaak.runtime.kernel.Parallel;
import org.vaak.segmentation.io.AtomicFiles;

/**
 * Greedy-CTC phone error rate of an acoustic model on a JSON-lines manifest, one column per precision.
 *
 * <pre>
 * EvaluateAm --model M.safetensors --manifest test.jsonl [--precisions fp32,int8] [--limit N] [--threads N] [--report out.json]
 * </pre>
 */
public final class EvaluateAm {
    private static final String USAGE = "usage: EvaluateAm --model FILE --manifest FILE.jsonl [--precisions fp32,int8] "
            + "[--limit N] [--threads N] [--report FILE.json]";

    private EvaluateAm() {
    }

    public static void main(String[] args) {
        int rc = run(args, System.out, System.err);
        if (rc != 0) {
            System.exit(rc);
        }
    }

    /** Runs the evaluation; returns the exit code (0 ok, 2 bad arguments or input). */
    static int run(String[] args, PrintStream out, PrintStream err) {
        Map<String, String> opt = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                err.println("bad argument '" + args[i] + "'\n" + USAGE);
                return 2;
            }
            opt.put(args[i].substring(2), args[++i]);
        }
        if (!opt.containsKey("model") || !opt.containsKey("manifest")) {
            err.println(USAGE);
            return 2;
        }
        try {
            if (opt.containsKey("threads")) {
                Parallel.setThreads(Integer.parseInt(opt.get("threads")));
            }
            Path modelFile = Path.of(opt.get("model"));
            Map<String, ConformerCtcModel> models = new LinkedHashMap<>();
            for (String p : opt.getOrDefault("precisions", "fp32,int8").split(",")) {
                models.put(p.strip(), ConformerCtcModel.load(modelFile, Precision.parse(p.strip())));
            }
            Path manifest = Path.of(opt.get("manifest"));
            List<Utterance> utts = Manifest.read(manifest);
            int limit = Integer.parseInt(opt.getOrDefault("limit", String.valueOf(Integer.MAX_VALUE)));
            if (utts.size() > limit) {
                utts = utts.subList(0, limit);
            }
            PhoneErrorEvaluation ev = new PhoneErrorEvaluation(models);
            for (Utterance u : utts) {
                ev.add(u);
            }
            print(out, modelFile, manifest, utts.size(), ev);
            if (opt.containsKey("report")) {
                AtomicFiles.writeString(Path.of(opt.get("report")), report(modelFile, manifest, utts.size(), ev));
            }
            return 0;
        } catch (IOException | IllegalArgumentException | org.vaak.runtime.ModelFormatException e) {
            err.println("error: " + e.getMessage());
            return 2;
        }
    }

    private static void print(PrintStream out, Path model, Path manifest, int n, PhoneErrorEvaluation ev) {
        out.printf(Locale.ROOT, "model %s, manifest %s: %d utterances, %.1f s of audio, features %.3f s (RTF %.4f), threads %d%n",
                model, manifest, n, ev.audioSeconds(), ev.featureSeconds(), ev.featureSeconds() / ev.audioSeconds(), Parallel.threads());
        out.printf(Locale.ROOT, "%-8s %8s %8s %8s %8s %8s %10s %10s%n", "model", "PER%", "sub", "del", "ins", "ref", "vs-first%", "AM-RTF");
        for (PhoneErrorEvaluation.Result r : ev.results()) {
            ErrorRate e = r.per();
            out.printf(Locale.ROOT, "%-8s %8s %8d %8d %8d %8d %10s %10.4f%n", r.name(), percent(e.rate()), e.substitutions(),
                    e.deletions(), e.insertions(), e.referenceLength(), percent(r.againstFirst().rate()), r.computeSeconds() / ev.audioSeconds());
        }
        if (ev.droppedCharacters() > 0) {
            out.printf(Locale.ROOT, "%d transcript characters outside the script were dropped from the references%n", ev.droppedCharacters());
        }
    }

    /** A rate as a percentage; "n/a" when there was nothing to compare against (empty references). */
    private static String percent(double rate) {
        return Double.isNaN(rate) ? "n/a" : String.format(Locale.ROOT, "%.2f", 100 * rate);
    }

    private static void rate(ObjectNode o, String field, double rate) {
        if (Double.isNaN(rate)) {
            o.putNull(field);
        } else {
            o.put(field, rate);
        }
    }

    private static String report(Path model, Path manifest, int n, PhoneErrorEvaluation ev) throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = json.createObjectNode();
        root.put("model", model.toString());
        root.put("manifest", manifest.toString());
        root.put("utterances", n);
        root.put("audio_seconds", ev.audioSeconds());
        root.put("feature_seconds", ev.featureSeconds());
        root.put("dropped_characters", ev.droppedCharacters());
        root.put("threads", Parallel.threads());
        ArrayNode rows = root.putArray("results");
        List<PhoneErrorEvaluation.Result> results = new ArrayList<>(ev.results());
        for (PhoneErrorEvaluation.Result r : results) {
            ObjectNode o = rows.addObject();
            o.put("precision", r.name());
            rate(o, "per", r.per().rate());
            o.put("substitutions", r.per().substitutions());
            o.put("deletions", r.per().deletions());
            o.put("insertions", r.per().insertions());
            o.put("reference_phones", r.per().referenceLength());
            rate(o, "differs_from_first", r.againstFirst().rate());
            o.put("compute_seconds", r.computeSeconds());
        }
        return json.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    }
}
