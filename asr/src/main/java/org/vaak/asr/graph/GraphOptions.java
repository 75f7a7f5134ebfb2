package org.vaak.asr.graph;

/**
 * How a decoding graph is built. Immutable; {@link #DEFAULT} is what {@code vaak graph build} uses.
 *
 * @param topology the CTC topology variant
 * @param minimizeLg minimize det(L o G)
 * @param minimizeTlg minimize T o LG (before the disambiguation symbols are removed)
 * @param fallbackCost cost of a word outside the SG-WFST in the knowledge-driven system
 *        ({@link WordStructure}); +Infinity forbids such words
 */
public record GraphOptions(CtcTopology.Variant topology, boolean minimizeLg, boolean minimizeTlg, float fallbackCost) {
    public static final GraphOptions DEFAULT = new GraphOptions(CtcTopology.Variant.STANDARD_SHORTCUT, true, false, 2.3f);

    public GraphOptions {
        if (topology == null) {
            throw new IllegalArgumentException("topology is required");
        }
        if (!(fallbackCost >= 0)) {
            throw new IllegalArgumentException("fallback cost must be >= 0 (or Infinity), is " + fallbackCost);
        }
    }

    public GraphOptions withTopology(CtcTopology.Variant v) {
        return new GraphOptions(v, minimizeLg, minimizeTlg, fallbackCost);
    }

    public GraphOptions withMinimizeTlg(boolean b) {
        return new GraphOptions(topology, minimizeLg, b, fallbackCost);
    }

    public GraphOptions withMinimizeLg(boolean b) {
        return new GraphOptions(topology, b, minimizeTlg, fallbackCost);
    }

    public GraphOptions withFallbackCost(float c) {
        return new GraphOptions(topology, minimizeLg, minimizeTlg, c);
    }

    /** A canonical text form (part of the cache key and of the graph file's metadata). */
    public String canonical() {
        return "topology=" + topology.name().toLowerCase(java.util.Locale.ROOT) + ",minimize-lg=" + minimizeLg
                + ",minimize-tlg=" + minimizeTlg + ",fallback-cost=" + fallbackCost;
    }
}
