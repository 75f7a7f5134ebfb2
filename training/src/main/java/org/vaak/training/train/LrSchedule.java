package org.vaak.training.train;

/**
 * Linear warm-up to {@code peak} over {@code warmup} steps, then a cosine decay to {@code floor * peak} at
 * {@code total} steps, constant after that.
 */
public record LrSchedule(double peak, long warmup, long total, double floor) {
    public LrSchedule {
        if (!(peak > 0) || warmup < 0 || total <= warmup || !(floor >= 0 && floor <= 1)) {
            throw new IllegalArgumentException("bad schedule: peak " + peak + ", warm-up " + warmup + ", total "
                    + total + ", floor " + floor);
        }
    }

    /** The rate for step {@code step} (1-based). */
    public double at(long step) {
        if (step <= warmup) {
            return peak * step / Math.max(1, warmup);
        }
        double p = Math.min(1.0, (step - warmup) / (double) (total - warmup));
        return peak * (floor + (1 - floor) * 0.5 * (1 + Math.cos(Math.PI * p)));
    }
}
