package org.vaak.asr.decoder;

import java.util.List;

/**
 * The best hypothesis of a decoder.
 *
 * @param units output units in order
 * @param cost total cost of the path (graph cost plus scaled acoustic cost, final weight included when final)
 * @param reachedFinal false when no token was in a final state and the best non-final token was used
 * @param frames output frames decoded
 */
public record DecodeResult(List<DecodedUnit> units, double cost, boolean reachedFinal, int frames) {
    public DecodeResult {
        units = List.copyOf(units);
    }

    /** The unit symbols separated by spaces. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        for (DecodedUnit u : units) {
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            sb.append(u.symbol());
        }
        return sb.toString();
    }
}
