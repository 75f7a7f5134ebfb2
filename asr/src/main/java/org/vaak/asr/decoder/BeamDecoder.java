package org.vaak.asr.decoder;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.vaak.segmentation.SubwordText;
import org.vaak.segmentation.fst.CompactFst;

/**
 * Frame-synchronous token-passing Viterbi beam search over a decoding graph and CTC log-posteriors.
 *
 * <p>The graph's input label {@code k >= 1} stands for acoustic token {@code k - 1} (token 0 the blank),
 * label 0 for epsilon; every non-epsilon arc consumes one frame. Per frame, each surviving token follows
 * the non-epsilon arcs of its state with cost {@code graph weight + acousticScale * -ln p(token | frame)},
 * one token per graph state is kept (the cheapest; ties keep the first, in a fixed order), and then the
 * epsilon closure is taken. Pruning: tokens above the frame's best cost plus the beam, and beyond the
 * {@code maxActive} best (quickselect of the costs), are not expanded; while expanding, a running cutoff
 * (best new cost so far plus the beam) drops hopeless arcs early.
 *
 * <p>No lattice of arcs is kept. Tokens point into an {@link OutputLattice} of output events (label, frame,
 * predecessor), the only thing that grows, and only when a label is emitted; it is garbage-collected
 * against the live tokens, so memory follows the output, not the audio. At recombinations, the losing
 * history is kept as an alternative link when within {@code latticeBeam} (unless it differs from the
 * winner only in timing: same last label after the same predecessor); a token's list of links is
 * flattened to its {@value OutputLattice#KEEP} cheapest distinct events once it grows past
 * {@value OutputLattice#MAX_LIST} links. The events and these links form a small word lattice whose
 * forward-backward posteriors ({@link LatticePosteriors}) give each unit of the best path its confidence:
 * the summed posterior of the lattice events with the same label whose spans (from the frame after their
 * predecessor's emission to their own) overlap the unit's, capped at 1.
 *
 * <p>At the end, final weights are added and the best final token wins; when no token is in a final state
 * the best token overall is used instead and the result says {@code reachedFinal = false}.
 *
 * <p>An instance holds the search state of one utterance and is not thread-safe; decoders may share a graph.
 */
public final class BeamDecoder {
    private final CompactFst graph;
    private final DecoderConfig config;
    private final int numTokens;
    private final String[] osyms;
    private final double ac;
    /** Cost of emitting each output label: the insertion penalty, plus the word penalty where a word ends. */
    private final double[] labelCost;
    private final double beam;
    private final double latticeBeam;
    private final int maxActive;
    private final double logSkip;

    private final int[] slotOf;
    private final int[] stampOf;
    private int stamp;
    private Tokens cur = new Tokens();
    private Tokens next = new Tokens();
    private final OutputLattice lat = new OutputLattice();
    private final LatticePosteriors posteriors = new LatticePosteriors();
    private int[] queue = new int[64];
    private double[] scratch = new double[64];
    private int frame;
    private int skippedFrames;
    private double skippedCost;
    private int collectAt;

    /**
     * @param graph decoding graph (input labels: 0 epsilon, k >= 1 acoustic token k - 1)
     * @param numTokens acoustic tokens per frame (blank plus phones)
     */
    public BeamDecoder(CompactFst graph, int numTokens, DecoderConfig config) {
        if (graph.start() < 0) {
            throw new IllegalArgumentException("the decoding graph has no start state");
        }
        int maxLabel = 0;
        for (int a = 0; a < graph.numArcs(); a++) {
            maxLabel = Math.max(maxLabel, graph.ilabel(a));
        }
        if (maxLabel > numTokens) {
            throw new IllegalArgumentException("the decoding graph has input label " + maxLabel
                    + " but the acoustic model has only " + numTokens + " tokens (labels 1.." + numTokens + ")");
        }
        this.graph = graph;
        this.config = config;
        this.numTokens = numTokens;
        this.osyms = graph.outputSymbols();
        this.ac = config.acousticScale();
        this.labelCost = labelCosts(graph, osyms, config);
        this.beam = config.beam();
        this.latticeBeam = config.latticeBeam();
        this.maxActive = config.maxActive();
        this.logSkip = config.blankSkip() > 0 ? Math.log(config.blankSkip()) : Double.NaN;
        lat.maxDelta = (float) latticeBeam;
        this.slotOf = new int[graph.numStates()];
        this.stampOf = new int[graph.numStates()];
        reset();
    }

    public DecoderConfig config() {
        return config;
    }

    private static double[] labelCosts(CompactFst graph, String[] osyms, DecoderConfig config) {
        int maxOut = 0;
        for (int a = 0; a < graph.numArcs(); a++) {
            maxOut = Math.max(maxOut, graph.olabel(a));
        }
        double[] cost = new double[maxOut + 1];
        for (int l = 1; l <= maxOut; l++) {
            String sym = osyms != null && l < osyms.length ? osyms[l] : null;
            boolean endsWord = sym == null || !sym.endsWith(SubwordText.MARKER);
            cost[l] = config.insertionPenalty() + (endsWord ? config.wordPenalty() : 0);
        }
        return cost;
    }

    /** Starts a new utterance: one token in the start state, then its epsilon closure. */
    public void reset() {
        lat.clear();
        frame = 0;
        skippedFrames = 0;
        skippedCost = 0;
        collectAt = 4096;
        beginNext();
        int s = graph.start();
        slotOf[s] = next.add(s, 0.0, -1, -1, -1, -1);
        stampOf[s] = stamp;
        closure(-1);
        swap();
    }

    /** Decodes a whole utterance from the start. */
    public DecodeResult decode(float[][] logPosteriors) {
        reset();
        for (float[] lp : logPosteriors) {
            advance(lp);
        }
        return finish();
    }

    /** Consumes one frame of log-posteriors (at least {@code numTokens} values). */
    public void advance(float[] logPost) {
        if (logPost.length < numTokens) {
            throw new IllegalArgumentException("frame " + frame + " has " + logPost.length
                    + " log-posteriors, the decoder needs " + numTokens);
        }
        for (int k = 0; k < numTokens; k++) {
            if (Float.isNaN(logPost[k]) || logPost[k] > 1e-3f) {
                throw new IllegalArgumentException("frame " + frame + ": log-posterior of token " + k + " is "
                        + logPost[k] + " (must be <= 0 and not NaN)");
            }
        }
        int t = frame;
        if (logPost[0] >= logSkip) {
            skippedCost += ac * -logPost[0];
            skippedFrames++;
            frame++;
            return;
        }
        double cutoff = cutoff();
        beginNext();
        double nextCutoff = Double.POSITIVE_INFINITY;
        Tokens src = cur;
        for (int i = 0; i < src.size; i++) {
            double c0 = src.cost[i];
            if (c0 > cutoff) {
                continue;
            }
            int s = src.state[i];
            int end = graph.arcEnd(s);
            for (int a = graph.arcStart(s); a < end; a++) {
                int il = graph.ilabel(a);
                if (il == 0) {
                    continue;
                }
                int tok = il - 1;
                int ol = graph.olabel(a);
                double c = c0 + graph.weight(a) - ac * logPost[tok] + (ol != 0 ? labelCost[ol] : 0);
                if (c > nextCutoff || c == Double.POSITIVE_INFINITY) {
                    continue;
                }
                if (c + beam < nextCutoff) {
                    nextCutoff = c + beam;
                }
                propagate(src, i, graph.next(a), ol, c, t, tok != 0);
            }
        }
        closure(t);
        swap();
        frame++;
        if (lat.size + lat.altSize > collectAt) {
            lat.collect(cur.event, cur.alt, cur.size);
            collectAt = Math.max(4096, 2 * (lat.size + lat.altSize));
        }
    }

    /** Output frames consumed so far (skipped ones included). */
    public int framesDecoded() {
        return frame;
    }

    /** Frames skipped as blank (see {@link DecoderConfig#blankSkip}). */
    public int skippedFrames() {
        return skippedFrames;
    }

    /** Tokens alive after the last frame. */
    public int activeTokens() {
        return cur.size;
    }

    /** Events and alternative links currently stored (what grows with the output). */
    public int storedEvents() {
        return lat.size + lat.altSize;
    }

    /** Allocated capacity of the back-pointer arrays, in entries. */
    public int eventCapacity() {
        return lat.capacity();
    }

    /**
     * The best hypothesis so far, final weights ignored (a partial result). Its units carry no confidence
     * ({@code NaN}): the lattice pass that computes them costs time proportional to the whole output so far,
     * too much to repeat for every partial result of a long stream.
     */
    public DecodeResult partial() {
        return best(false, false);
    }

    /** The best complete hypothesis: final weights added; the best non-final token if none is final. */
    public DecodeResult finish() {
        return best(true, true);
    }

    private DecodeResult best(boolean useFinal, boolean withConfidence) {
        int n = cur.size;
        double bestCost = Double.POSITIVE_INFINITY;
        int bestSlot = -1;
        boolean fin = false;
        double[] total = new double[n];
        if (useFinal) {
            for (int i = 0; i < n; i++) {
                total[i] = cur.cost[i] + graph.finalWeight(cur.state[i]);
                if (total[i] < bestCost) {
                    bestCost = total[i];
                    bestSlot = i;
                }
            }
            fin = bestSlot >= 0;
        }
        if (!fin) {
            for (int i = 0; i < n; i++) {
                total[i] = cur.cost[i];
                if (total[i] < bestCost) {
                    bestCost = total[i];
                    bestSlot = i;
                }
            }
        }
        if (bestSlot < 0) {
            return new DecodeResult(List.of(), Double.POSITIVE_INFINITY, false, frame);
        }
        int m = 0;
        double[] fCost = new double[n];
        int[] fEvent = new int[n];
        int[] fAlt = new int[n];
        for (int i = 0; i < n; i++) {
            if (total[i] - bestCost <= latticeBeam) {
                fCost[m] = total[i];
                fEvent[m] = cur.event[i];
                fAlt[m++] = cur.alt[i];
            }
        }
        double[] gamma = withConfidence ? posteriors.compute(lat, fCost, fEvent, fAlt, m) : null;
        List<DecodedUnit> units = traceback(bestSlot, gamma);
        return new DecodeResult(units, bestCost + skippedCost, fin, frame);
    }

    private List<DecodedUnit> traceback(int slot, double[] gamma) {
        int count = 0;
        for (int e = cur.event[slot]; e >= 0; e = lat.pred[e]) {
            count++;
        }
        int[] path = new int[count];
        int k = count;
        for (int e = cur.event[slot]; e >= 0; e = lat.pred[e]) {
            path[--k] = e;
        }
        if (count == 0) {
            return List.of();
        }
        int trailFirst = cur.segFirst[slot];
        int trailLast = cur.segLast[slot];
        TimingMode mode = config.timing();
        if (mode == TimingMode.AUTO) {
            mode = lat.segFirst[path[0]] < 0 && trailFirst >= 0 ? TimingMode.START : TimingMode.END;
        }
        int maxFrame = Math.max(0, frame - 1);
        int[] lo = new int[count];
        int[] hi = new int[count];
        for (int i = 0; i < count; i++) {
            int e = path[i];
            lo[i] = anchorLo(e);
            hi[i] = anchorHi(e, lo[i]);
        }
        double[] conf = new double[count];
        if (gamma == null) {
            Arrays.fill(conf, Double.NaN);
        }
        for (int e = 0; gamma != null && e < lat.size; e++) {
            double g = gamma[e];
            if (g < 1e-9) {
                continue;
            }
            int a = anchorLo(e);
            int b = anchorHi(e, a);
            int j = firstEndingAtOrAfter(hi, a);
            for (; j < count && lo[j] <= b; j++) {
                if (lat.label[path[j]] == lat.label[e]) {
                    conf[j] += g;
                }
            }
        }
        List<DecodedUnit> units = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int e = path[i];
            int emit = Math.max(0, lat.frame[e]);
            boolean nb = lat.emitNonBlank[e];
            int first;
            int last;
            if (mode == TimingMode.END) {
                first = lat.segFirst[e] >= 0 ? lat.segFirst[e] : (nb ? emit : -1);
                last = nb ? emit : lat.segLast[e];
            } else {
                int sf = i + 1 < count ? lat.segFirst[path[i + 1]] : trailFirst;
                int sl = i + 1 < count ? lat.segLast[path[i + 1]] : trailLast;
                first = nb ? emit : sf;
                last = sl >= 0 ? sl : (nb ? emit : -1);
            }
            if (first < 0 || last < 0) {
                first = emit;
                last = emit;
            }
            first = Math.min(first, maxFrame);
            last = Math.max(first, Math.min(last, maxFrame));
            int label = lat.label[e];
            String sym = osyms != null && label < osyms.length && osyms[label] != null ? osyms[label]
                    : Integer.toString(label);
            units.add(new DecodedUnit(label, sym, first, last, Math.min(1.0, conf[i])));
        }
        return units;
    }

    /** First frame of an event's anchor span: after its predecessor's emission frame. */
    private int anchorLo(int e) {
        int p = lat.pred[e];
        return p < 0 ? -1 : lat.frame[p] + 1;
    }

    private int anchorHi(int e, int lo) {
        return Math.max(lat.frame[e], lo);
    }

    private static int firstEndingAtOrAfter(int[] hi, int a) {
        int l = 0;
        int r = hi.length;
        while (l < r) {
            int mid = (l + r) >>> 1;
            if (hi[mid] < a) {
                l = mid + 1;
            } else {
                r = mid;
            }
        }
        return l;
    }

    private double cutoff() {
        int n = cur.size;
        double best = Double.POSITIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            best = Math.min(best, cur.cost[i]);
        }
        double cut = best + beam;
        if (n > maxActive) {
            if (scratch.length < n) {
                scratch = new double[Math.max(n, scratch.length * 2)];
            }
            System.arraycopy(cur.cost, 0, scratch, 0, n);
            cut = Math.min(cut, CostSelect.kth(scratch, n, maxActive - 1));
        }
        return cut;
    }

    private void beginNext() {
        next.size = 0;
        if (++stamp == Integer.MAX_VALUE) {
            Arrays.fill(stampOf, 0);
            stamp = 1;
        }
    }

    private void swap() {
        Tokens t = cur;
        cur = next;
        next = t;
    }

    /**
     * Moves token {@code i} of {@code src} along an arc into the next token set; returns the slot when
     * the target token was created or improved, else -1.
     */
    private int propagate(Tokens src, int i, int target, int olabel, double c, int t, boolean nonBlank) {
        int ev = src.event[i];
        int al = src.alt[i];
        int sf = src.segFirst[i];
        int sl = src.segLast[i];
        int slot = stampOf[target] == stamp ? slotOf[target] : -1;
        if (slot >= 0 && c >= next.cost[slot] && c - next.cost[slot] > latticeBeam) {
            return -1;
        }
        if (olabel != 0) {
            ev = lat.addEvent(olabel, t, ev, al, c, sf, sl, nonBlank);
            al = -1;
            sf = -1;
            sl = -1;
        } else if (nonBlank) {
            if (sf < 0) {
                sf = t;
            }
            sl = t;
        }
        if (slot < 0) {
            slot = next.add(target, c, ev, al, sf, sl);
            slotOf[target] = slot;
            stampOf[target] = stamp;
            return slot;
        }
        double old = next.cost[slot];
        int oldEv = next.event[slot];
        int oldAlt = next.alt[slot];
        if (c < old) {
            int winAlt = al;
            if (old - c <= latticeBeam && differs(oldEv, ev)) {
                winAlt = lat.addAlt(oldEv, (float) (old - c), oldAlt, al);
            }
            next.set(slot, c, ev, winAlt, sf, sl);
            return slot;
        }
        if (c - old <= latticeBeam && differs(ev, oldEv)) {
            next.alt[slot] = lat.addAlt(ev, (float) (c - old), al, oldAlt);
        }
        return -1;
    }

    /**
     * Whether a losing history is worth an alternative link: its last event differs from the winner's
     * and is not the same label after the same predecessor (the same words, only timed differently).
     */
    private boolean differs(int loser, int winner) {
        if (loser == winner) {
            return false;
        }
        if (loser < 0 || winner < 0) {
            return true;
        }
        return lat.label[loser] != lat.label[winner] || lat.pred[loser] != lat.pred[winner];
    }

    /** Epsilon closure of the next token set, with a FIFO queue (weights may be negative). */
    private void closure(int t) {
        int cap = queue.length;
        int head = 0;
        int count = 0;
        double best = Double.POSITIVE_INFINITY;
        for (int i = 0; i < next.size; i++) {
            best = Math.min(best, next.cost[i]);
        }
        for (int i = 0; i < next.size; i++) {
            if (graph.numArcs(next.state[i]) > 0 && graph.ilabel(graph.arcStart(next.state[i])) == 0) {
                if (count == cap) {
                    queue = grow(queue, head, count);
                    cap = queue.length;
                    head = 0;
                }
                queue[(head + count++) % cap] = i;
                next.queued[i] = true;
            }
        }
        while (count > 0) {
            int i = queue[head];
            head = (head + 1) % cap;
            count--;
            next.queued[i] = false;
            double c0 = next.cost[i];
            if (c0 > best + beam) {
                continue;
            }
            int s = next.state[i];
            int end = graph.arcEnd(s);
            for (int a = graph.arcStart(s); a < end && graph.ilabel(a) == 0; a++) {
                int ol = graph.olabel(a);
                double c = c0 + graph.weight(a) + (ol != 0 ? labelCost[ol] : 0);
                if (c > best + beam) {
                    continue;
                }
                int slot = propagate(next, i, graph.next(a), ol, c, t, false);
                if (slot >= 0) {
                    best = Math.min(best, c);
                    if (!next.queued[slot]) {
                        if (count == cap) {
                            queue = grow(queue, head, count);
                            cap = queue.length;
                            head = 0;
                        }
                        queue[(head + count++) % cap] = slot;
                        next.queued[slot] = true;
                    }
                }
            }
        }
    }

    private static int[] grow(int[] q, int head, int count) {
        int[] g = new int[q.length * 2];
        for (int k = 0; k < count; k++) {
            g[k] = q[(head + k) % q.length];
        }
        return g;
    }
}
