package org.vaak.asr.graph;

/** The size of one intermediate FST of a graph build and the time the step took. */
public record BuildStep(String name, int states, int arcs, long millis) {
    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "%-22s %10d states %11d arcs %8d ms", name, states, arcs, millis);
    }
}
