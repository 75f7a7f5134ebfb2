package org.vaak.asr.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vaak.segmentation.fst.CompactFst;
import org.vaak.segmentation.fst.Compose;
import org.vaak.segmentation.fst.Connect;
import org.vaak.segmentation.fst.Determinize;
import org.vaak.segmentation.fst.FstBuilder;
import org.vaak.segmentation.fst.Minimize;

/**
 * Builds the decoding graph TLG from a grammar G (word or subword n-gram, optionally constrained by a
 * word-structure acceptor W), a lexicon and a phone set:
 *
 * <pre>
 *   G' = G o W                          (knowledge-driven system only)
 *   L  = lexicon with disambiguation symbols
 *   LG = min(det(L o G'))               (determinize first: minimization needs a deterministic input)
 *   TLG = connect(relabel(T o LG))      (disambiguation symbols and G's auxiliary symbols -> epsilon)
 * </pre>
 *
 * The result's input labels are acoustic tokens + 1 (0 epsilon, 1 blank, {@code i + 2} phone {@code i});
 * its output labels are G's unit labels. Each step's size and time are kept in {@link Result#steps()}.
 */
public final class GraphBuilder {
    private static final Logger LOG = LoggerFactory.getLogger(GraphBuilder.class);

    private GraphBuilder() {
    }

    /** The graph and how it was made. */
    public record Result(CompactFst graph, List<BuildStep> steps, LexiconFst.Result lexicon) {
    }

    public static Result build(CompactFst g, CompactFst wordStructure, Lexicon lexicon, List<String> phones,
            GraphOptions options) {
        List<BuildStep> steps = new ArrayList<>();
        steps.add(new BuildStep("G", g.numStates(), g.numArcs(), 0));
        if (g.outputSymbols() == null || g.inputSymbols() == null) {
            throw new IllegalArgumentException("G needs input and output symbol tables");
        }
        if (wordStructure != null) {
            steps.add(new BuildStep("W", wordStructure.numStates(), wordStructure.numArcs(), 0));
            long t = System.nanoTime();
            g = Compose.apply(g, wordStructure);
            steps.add(step("G o W", g, t));
        }
        long t = System.nanoTime();
        LexiconFst.Result lr = LexiconFst.build(lexicon, phones, g.inputSymbols());
        CompactFst l = lr.fst();
        steps.add(step("L", l, t));
        t = System.nanoTime();
        CompactFst lg = LexiconCompose.apply(l, g);
        steps.add(step("L o G", lg, t));
        t = System.nanoTime();
        lg = Determinize.apply(lg);
        steps.add(step("det(L o G)", lg, t));
        if (options.minimizeLg()) {
            t = System.nanoTime();
            lg = Minimize.apply(lg);
            steps.add(step("min(det(L o G))", lg, t));
        }
        CompactFst tlg;
        if (options.topology() == CtcTopology.Variant.STANDARD_SHORTCUT) {
            t = System.nanoTime();
            tlg = CtcCompose.apply(lg, lr.symbols());
            steps.add(step("T o LG (shortcut)", tlg, t));
        } else {
            t = System.nanoTime();
            CompactFst topo = CtcTopology.build(lr.symbols(), options.topology());
            steps.add(step("T (" + options.topology().name().toLowerCase(java.util.Locale.ROOT) + ")", topo, t));
            t = System.nanoTime();
            tlg = Compose.apply(topo, lg);
            steps.add(step("T o LG", tlg, t));
        }
        if (options.minimizeTlg()) {
            t = System.nanoTime();
            tlg = Minimize.apply(tlg);
            steps.add(step("min(T o LG)", tlg, t));
        }
        t = System.nanoTime();
        tlg = removeAuxiliary(tlg, lr.symbols(), lr.passThrough());
        steps.add(step("TLG", tlg, t));
        return new Result(tlg, List.copyOf(steps), lr);
    }

    private static BuildStep step(String name, CompactFst f, long startNanos) {
        BuildStep s = new BuildStep(name, f.numStates(), f.numArcs(), (System.nanoTime() - startNanos) / 1_000_000);
        LOG.info("graph: {}", s);
        return s;
    }

    /**
     * Maps disambiguation symbols (input labels past the tokens) and G's auxiliary output labels to epsilon,
     * drops the self-loops that become {@code <eps>:<eps>/0}, and trims; the input table becomes the tokens'.
     */
    static CompactFst removeAuxiliary(CompactFst f, TokenSymbols syms, Set<Integer> auxOutputs) {
        int first = syms.firstDisambig();
        FstBuilder b = new FstBuilder(f.numStates(), f.numArcs());
        for (int s = 0; s < f.numStates(); s++) {
            b.addState();
        }
        for (int s = 0; s < f.numStates(); s++) {
            b.setFinal(s, f.finalWeight(s));
            for (int a = f.arcStart(s); a < f.arcEnd(s); a++) {
                int in = f.ilabel(a) >= first ? 0 : f.ilabel(a);
                int out = auxOutputs.contains(f.olabel(a)) ? 0 : f.olabel(a);
                if (in == 0 && out == 0 && f.next(a) == s && f.weight(a) >= 0) {
                    continue; // an epsilon self-loop of non-negative cost never helps a path
                }
                b.addArc(s, in, out, f.weight(a), f.next(a));
            }
        }
        if (f.start() >= 0) {
            b.setStart(f.start());
        }
        return Connect.apply(b.build(syms.tokenTable(), f.outputSymbols()));
    }
}
