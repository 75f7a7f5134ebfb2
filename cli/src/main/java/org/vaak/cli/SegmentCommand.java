package org.vaak.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.vaak.lexicons.Language;
import org.vaak.segmentation.Segmentation;
import org.vaak.segmentation.Segmenter;
import org.vaak.segmentation.SubwordText;
import org.vaak.segmentation.dict.DictionaryIO;
import org.vaak.segmentation.Segmenters;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "segment", mixinStandardHelpOptions = true,
        description = {"Split the words of a text into subwords, streaming: a line in, a line out.",
            "Every subword but a word's last ends with the marker @@; other text is copied as it is."})
final class SegmentCommand implements Callable<Integer> {
    @ArgGroup(exclusive = true, multiplicity = "1")
    Model model;

    static final class Model {
        @Option(names = "--dict", description = "a dictionary made by train-dict")
        Path dict;

        @Option(names = "--grammar", description = "the built-in subword grammar of a language: ta or kn")
        String grammar;
    }

    @Parameters(arity = "0..1", defaultValue = "-", description = "input text file, or - for standard input (default)")
    Path input;

    @Option(names = {"-o", "--output"}, description = "output file (default: standard output)")
    Path output;

    @Option(names = "--format", defaultValue = "text",
            description = "text: the input with words segmented (default); tsv: one line per word: word, subwords, source, detail")
    String format;

    @Override
    public Integer call() throws Exception {
        if (!format.equals("text") && !format.equals("tsv")) {
            throw new Errors.UserError("unknown --format '" + format + "': expected text or tsv");
        }
        Segmenter segmenter = model.dict != null
                ? Segmenters.forDictionary(DictionaryIO.read(model.dict))
                : Segmenters.grammar(Language.fromCode(model.grammar));
        Language lang = segmenter.language();
        ScriptCheck check = new ScriptCheck(lang, Inputs.name(input));
        boolean interactive = input == null || input.toString().equals("-");
        try (BufferedReader in = Inputs.open(input); Outputs.Atomic out = Outputs.open(output)) {
            List<String> held = new ArrayList<>();
            String line;
            while ((line = readLine(in)) != null) {
                if (!check.decided()) {
                    check.see(line);
                    held.add(line);
                    if (!check.decided()) {
                        continue;
                    }
                    for (String h : held) {
                        write(out.writer, h, segmenter);
                    }
                    held.clear();
                } else {
                    write(out.writer, line, segmenter);
                }
                if (interactive && output == null) {
                    out.writer.flush();
                }
            }
            check.finish();
            for (String h : held) {
                write(out.writer, h, segmenter);
            }
            out.commit();
        }
        return 0;
    }

    private String readLine(BufferedReader in) throws IOException {
        try {
            return in.readLine();
        } catch (CharacterCodingException e) {
            throw new Errors.UserError(Inputs.name(input) + ": not valid UTF-8 text");
        }
    }

    private void write(Writer w, String line, Segmenter segmenter) throws IOException {
        if (format.equals("text")) {
            w.write(SubwordText.segmentLine(line, segmenter));
            w.write('\n');
            return;
        }
        Language lang = segmenter.language();
        for (String run : SubwordText.runs(Normalizer.normalize(line, Normalizer.Form.NFC), lang)) {
            if (SubwordText.isWord(run, lang)) {
                Segmentation s = segmenter.segment(run);
                w.write(run + "\t" + String.join(" ", s.pieces()) + "\t" + s.source() + "\t" + s.detail() + "\n");
            }
        }
    }
}
