package org.vaak.cli;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.vaak.lexicons.Language;
import org.vaak.segmentation.Segmenter;
import org.vaak.segmentation.corpus.WordCounts;
import org.vaak.segmentation.dict.DictionaryIO;
import org.vaak.segmentation.dict.SubwordDictionary;
import org.vaak.segmentation.eval.SegmentationStats;
import org.vaak.segmentation.Segmenters;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "dict-eval", mixinStandardHelpOptions = true,
        description = "Measure a dictionary or the subword grammar on a corpus: size, subwords per word, coverage, "
                + "and for the grammar the share of word tokens it parses.")
final class DictEvalCommand implements Callable<Integer> {
    @ArgGroup(exclusive = true, multiplicity = "1")
    SegmentCommand.Model model;

    @Option(names = "--corpus", required = true, description = "running text to measure on (e.g. a test split)")
    Path corpus;

    @Override
    public Integer call() throws Exception {
        Segmenter segmenter;
        Set<String> units = null;
        String what;
        if (model.dict != null) {
            SubwordDictionary d = DictionaryIO.read(model.dict);
            segmenter = Segmenters.forDictionary(d);
            units = new HashSet<>();
            for (SubwordDictionary.Unit u : d.units()) {
                units.add(u.piece());
            }
            what = String.format(Locale.ROOT, "%s %s dictionary %s: %d units", d.language().code(), d.method(), model.dict, d.size());
        } else {
            Language lang = Language.fromCode(model.grammar);
            segmenter = Segmenters.grammar(lang);
            what = lang.code() + " subword grammar (SG-WFST + heuristic)";
        }
        WordCounts wc = WordCounts.fromText(corpus, segmenter.language());
        SegmentationStats s = SegmentationStats.measure(segmenter, wc, units);
        StringBuilder sb = new StringBuilder();
        sb.append(what).append('\n');
        sb.append(String.format(Locale.ROOT, "corpus: %s: %d word tokens, %d types%n", corpus, s.tokens(), s.types()));
        sb.append(String.format(Locale.ROOT, "subwords per word: %.3f (tokens), %.3f (types)%n", s.piecesPerToken(), s.piecesPerType()));
        sb.append(String.format(Locale.ROOT, "words kept whole: %.2f%% of tokens%n", 100 * s.wholeTokens()));
        if (units != null) {
            sb.append(String.format(Locale.ROOT, "coverage: %.2f%% of tokens segmented into dictionary units only; %.2f%% of subwords are units%n",
                    100 * s.tokensCovered(), 100 * s.piecesCovered()));
        } else {
            sb.append(String.format(Locale.ROOT, "parsed by the grammar: %.2f%% of tokens; heuristic: %.2f%%; left whole: %.2f%%%n",
                    100 * s.share("grammar"), 100 * s.share("heuristic"), 100 * Math.max(0, 1 - s.share("grammar") - s.share("heuristic"))));
        }
        for (Map.Entry<String, Long> e : s.tokensBySource().entrySet()) {
            sb.append(String.format(Locale.ROOT, "  %-24s %6.2f%% of tokens%n", e.getKey(), 100.0 * e.getValue() / s.tokens()));
        }
        sb.append(String.format(Locale.ROOT, "word -> subwords -> word exact: %.4f%% of types%s%n", 100 * s.exactTypes(),
                s.firstInexact() == null ? "" : " (first failure: " + s.firstInexact() + ")"));
        System.out.print(sb);
        return s.exactTypes() == 1.0 ? 0 : 1;
    }
}
