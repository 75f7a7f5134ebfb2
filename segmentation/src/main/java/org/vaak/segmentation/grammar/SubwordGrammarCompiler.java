package org.vaak.segmentation.grammar;

import org.vaak.segmentation.io.AtomicFiles;

import com.github.steveash.jopenfst.MutableFst;
import com.github.steveash.jopenfst.MutableState;
import com.github.steveash.jopenfst.semiring.TropicalSemiring;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vaak.lexicons.PhonemicForm;
import org.vaak.lexicons.grammar.GrammarData;
import org.vaak.segmentation.corpus.WordCounts;

/**
 * Compiles grammar data into an SG-WFST: the union of the four categories' morphotactics, each arc
 * expanded into a trie of its slot's unit spellings (so the machine is deterministic by construction as an
 * acceptor of input:output pairs, see {@link GrammarNetwork}), weighted by usage counts from a training
 * corpus.
 *
 * <p>Weight estimation is hard (Viterbi) EM: start from uniform weights, parse every training word type,
 * count each choice and each final state of the best parse times the word's token count, and re-estimate
 * with add-one smoothing ({@link GrammarWeights}); {@link #ITERATIONS} rounds.
 */
public final class SubwordGrammarCompiler {
    public static final int ITERATIONS = 2;
    private static final Logger LOG = LoggerFactory.getLogger(SubwordGrammarCompiler.class);

    private SubwordGrammarCompiler() {
    }

    /** The grammar with uniform weights. */
    public static SubwordGrammar compile(GrammarData data) {
        GrammarNetwork net = GrammarNetwork.build(data);
        return new SubwordGrammar(net, GrammarWeights.uniform(net));
    }

    /** The grammar with weights estimated from the word counts of a training corpus ({@link GrammarCounts}). */
    public static SubwordGrammar compile(GrammarData data, WordCounts train) {
        SubwordGrammar g = compile(data);
        double[][] counts = GrammarCounts.estimate(g, train);
        return new SubwordGrammar(g.network(), GrammarWeights.fromCounts(g.network(), counts[0], counts[1]));
    }

    /** How often each choice is used and each root ends a parse, over the best parses of {@code train}. */
    static double[][] usageCounts(SubwordGrammar g, WordCounts train) {
        GrammarNetwork net = g.network();
        double[] cc = new double[net.choices().size()];
        double[] fc = new double[net.rootCount()];
        long parsedTokens = 0;
        long tokens = 0;
        for (int i = 0; i < train.size(); i++) {
            long n = train.count(i);
            tokens += n;
            GrammarParse p = g.parseWord(GrammarSegmenter.withoutJoiners(train.word(i)));
            if (p == null) {
                continue;
            }
            parsedTokens += n;
            for (Choice c : p.choices()) {
                cc[c.id()] += n;
            }
            fc[p.choices().get(p.choices().size() - 1).toRoot()] += n;
        }
        LOG.info("{}: weights from {} of {} training tokens parsed ({})", net.language().code(), parsedTokens, tokens,
                String.format(Locale.ROOT, "%.1f%%", 100.0 * parsedTokens / Math.max(1, tokens)));
        return new double[][] {cc, fc};
    }

    /** The SG-WFST as a jopenfst transducer over the tropical semiring, with symbol tables. */
    public static MutableFst toFst(SubwordGrammar g) {
        GrammarNetwork net = g.network();
        MutableFst fst = new MutableFst(TropicalSemiring.INSTANCE);
        MutableState[] states = new MutableState[net.stateCount()];
        states[0] = fst.newStartState();
        for (int s = 1; s < states.length; s++) {
            states[s] = fst.newState();
        }
        for (Map.Entry<String, Integer> e : inputSymbols(net).entrySet()) {
            fst.getInputSymbols().put(e.getKey(), e.getValue());
        }
        for (Map.Entry<String, Integer> e : outputSymbols(net).entrySet()) {
            fst.getOutputSymbols().put(e.getKey(), e.getValue());
        }
        for (int s = 0; s < states.length; s++) {
            double fw = s < net.rootCount() ? g.weights().finalCost(s) : Double.POSITIVE_INFINITY;
            states[s].setFinalWeight(fw);
            for (int a = net.arcBegin(s); a < net.arcEnd(s); a++) {
                int c = net.choice(a);
                fst.addArc(states[s], inputSymbol(net.input(a)), c < 0 ? "<eps>" : net.choices().get(c).symbol(),
                        states[net.next(a)], c < 0 ? 0.0 : g.weights().choiceCost(c));
            }
        }
        return fst;
    }

    /** Input symbols: {@code <eps>} = 0, then each code point the network reads, in code point order. */
    static Map<String, Integer> inputSymbols(GrammarNetwork net) {
        TreeSet<Integer> cps = new TreeSet<>();
        for (int a = 0; a < net.arcCount(); a++) {
            cps.add(net.input(a));
        }
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put("<eps>", 0);
        int id = 1;
        for (int cp : cps) {
            m.put(inputSymbol(cp), id++);
        }
        return m;
    }

    /**
     * Output symbols: {@code <eps>} = 0, then each distinct {@code category/slot/unit} in choice order (one
     * symbol may leave several morphotactic states, e.g. a clitic).
     */
    static Map<String, Integer> outputSymbols(GrammarNetwork net) {
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put("<eps>", 0);
        for (Choice c : net.choices()) {
            m.putIfAbsent(c.symbol(), m.size());
        }
        return m;
    }

    static String inputSymbol(int cp) {
        return new String(Character.toChars(cp));
    }

    /**
     * Writes the SG-WFST in OpenFst's AT&T text format: {@code name.fst.txt} (arcs
     * {@code src dst in out weight}, then final states {@code state weight}), {@code name.isyms} and
     * {@code name.osyms}. Compile with
     * {@code fstcompile --isymbols=name.isyms --osymbols=name.osyms name.fst.txt name.fst}.
     * Files are written to temporary names first and then moved into place.
     */
    public static void exportText(SubwordGrammar g, Path dir, String name) throws IOException {
        GrammarNetwork net = g.network();
        Files.createDirectories(dir);
        Map<String, Integer> isyms = inputSymbols(net);
        AtomicFiles.write(dir.resolve(name + ".isyms"), w -> {
            for (var e : isyms.entrySet()) {
                w.write(e.getKey() + "\t" + e.getValue() + "\n");
            }
        });
        Map<String, Integer> osyms = outputSymbols(net);
        AtomicFiles.write(dir.resolve(name + ".osyms"), w -> {
            for (var e : osyms.entrySet()) {
                w.write(e.getKey() + "\t" + e.getValue() + "\n");
            }
        });
        AtomicFiles.write(dir.resolve(name + ".fst.txt"), w -> {
            StringBuilder sb = new StringBuilder();
            for (int s = 0; s < net.stateCount(); s++) {
                for (int a = net.arcBegin(s); a < net.arcEnd(s); a++) {
                    int c = net.choice(a);
                    sb.setLength(0);
                    sb.append(s).append('\t').append(net.next(a)).append('\t').append(inputSymbol(net.input(a)))
                            .append('\t').append(c < 0 ? "<eps>" : net.choices().get(c).symbol()).append('\t')
                            .append(c < 0 ? "0" : format(g.weights().choiceCost(c))).append('\n');
                    w.write(sb.toString());
                }
            }
            for (int r = 0; r < net.rootCount(); r++) {
                if (net.isFinal(r)) {
                    w.write(r + "\t" + format(g.weights().finalCost(r)) + "\n");
                }
            }
        });
    }

    private static String format(double w) {
        return String.format(Locale.ROOT, "%.6g", w);
    }

    /** The written form of a unit (for messages and reports). */
    static String written(SubwordGrammar g, String open) {
        return PhonemicForm.close(open, g.language());
    }
}
