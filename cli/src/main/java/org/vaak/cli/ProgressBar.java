package org.vaak.cli;

import java.io.PrintStream;
import java.util.Locale;
import org.vaak.segmentation.learn.Progress;

/** A one-line progress bar on standard error; silent when standard error is not a terminal. */
final class ProgressBar implements Progress, AutoCloseable {
    private final PrintStream err;
    private final boolean enabled;
    private final long startNanos = System.nanoTime();
    private long lastDraw;
    private String lastPhase = "";
    private boolean drawn;

    ProgressBar(boolean quiet) {
        this.err = System.err;
        this.enabled = !quiet && System.console() != null && !"dumb".equals(System.getenv("TERM"));
    }

    @Override
    public synchronized void update(String phase, long done, long total) {
        if (!enabled) {
            return;
        }
        long now = System.nanoTime();
        if (phase.equals(lastPhase) && now - lastDraw < 100_000_000L && done != total) {
            return;
        }
        lastDraw = now;
        lastPhase = phase;
        double secs = (now - startNanos) / 1e9;
        StringBuilder sb = new StringBuilder("\r");
        if (total > 0) {
            double f = Math.min(1.0, done / (double) total);
            int width = 30;
            int fill = (int) Math.round(f * width);
            sb.append(String.format(Locale.ROOT, "%-28.28s [", phase));
            sb.append("#".repeat(fill)).append(" ".repeat(width - fill));
            sb.append(String.format(Locale.ROOT, "] %3.0f%% %d/%d %.1fs", f * 100, done, total, secs));
        } else {
            sb.append(String.format(Locale.ROOT, "%-28.28s %d %.1fs", phase, done, secs));
        }
        sb.append("\u001b[K");
        err.print(sb);
        err.flush();
        drawn = true;
    }

    @Override
    public synchronized void close() {
        if (drawn) {
            err.print("\r\u001b[K");
            err.flush();
        }
    }
}
