package org.vaak.asr.decoder;

/**
 * Where a decoding graph puts a unit's output label, which decides the unit's frames.
 *
 * <p>The search records, for every output label it emits, the frame of emission and the non-blank frames
 * consumed since the previous emission. Every non-blank frame of the best path then belongs to exactly one
 * unit: with labels at the start of units (on the first phone, as determinized lexicons usually have them)
 * a unit owns its emitting frame and the non-blank frames up to the next emission; with labels at the end
 * (on the last phone or on an epsilon arc after it) a unit owns the non-blank frames since the previous
 * emission and its emitting frame.
 */
public enum TimingMode {
    /** Output label on the unit's first frame. */
    START,
    /** Output label on or after the unit's last frame. */
    END,
    /**
     * Decided per hypothesis: START when no non-blank frame precedes the first emission and some follow the
     * last one, END otherwise.
     */
    AUTO
}
