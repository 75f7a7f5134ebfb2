package org.vaak.runtime.kernel;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Splits a loop over {@code [0, n)} into small chunks handed out from a shared counter. The calling thread
 * takes chunks too, so the loop finishes even when no helper thread gets a core (a busy machine); helpers
 * that arrive after the work is gone do nothing. Idle helpers block on a queue; nothing spins.
 * Threads: {@code -Dvaak.threads=N} or {@link #setThreads}; default all available processors.
 */
public final class Parallel {

    /** Body of a parallel loop: handles indices {@code from <= i < to}. */
    @FunctionalInterface
    public interface Range {
        void run(int from, int to);
    }

    private static final int CLOSED = 1 << 30;
    private static final LinkedBlockingQueue<Job> QUEUE = new LinkedBlockingQueue<>();
    private static final ThreadLocal<Boolean> INSIDE = ThreadLocal.withInitial(() -> false);
    private static volatile int threads = Integer.getInteger("vaak.threads", Runtime.getRuntime().availableProcessors());
    private static int started;

    private Parallel() {
    }

    public static int threads() {
        return threads;
    }

    /** Sets the number of threads (the caller included) used by later loops. */
    public static void setThreads(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + n);
        }
        threads = n;
    }

    /** Runs {@code body} over {@code [0, n)} in chunks of {@code grain} indices. */
    public static void forRange(int n, int grain, Range body) {
        if (n <= 0) {
            return;
        }
        int g = Math.max(1, grain);
        int helpers = Math.min(threads - 1, (n + g - 1) / g - 1);
        if (helpers <= 0 || INSIDE.get()) {
            body.run(0, n);
            return;
        }
        ensureStarted(helpers);
        Job job = new Job(body, n, g, Thread.currentThread());
        for (int i = 0; i < helpers; i++) {
            QUEUE.offer(job);
        }
        INSIDE.set(true);
        try {
            job.work();
        } finally {
            INSIDE.set(false);
            job.closeAndAwait();
        }
        if (job.error != null) {
            if (job.error instanceof RuntimeException re) {
                throw re;
            }
            if (job.error instanceof Error e) {
                throw e;
            }
            throw new IllegalStateException(job.error);
        }
    }

    private static synchronized void ensureStarted(int helpers) {
        while (started < helpers) {
            Thread t = new Thread(Parallel::helperLoop, "vaak-kernel-" + started);
            t.setDaemon(true);
            t.start();
            started++;
        }
    }

    private static void helperLoop() {
        INSIDE.set(true);
        while (true) {
            Job job;
            try {
                job = QUEUE.take();
            } catch (InterruptedException e) {
                continue;
            }
            if (job.enter()) {
                try {
                    job.work();
                } catch (Throwable t) {
                    job.error = t;
                } finally {
                    job.leave();
                }
            }
        }
    }

    private static final class Job {
        final Range body;
        final int n;
        final int grain;
        final Thread owner;
        final AtomicInteger next = new AtomicInteger();
        /** Number of helpers inside, plus {@link #CLOSED} once the owner stops accepting helpers. */
        final AtomicInteger state = new AtomicInteger();
        volatile Throwable error;

        Job(Range body, int n, int grain, Thread owner) {
            this.body = body;
            this.n = n;
            this.grain = grain;
            this.owner = owner;
        }

        void work() {
            int i;
            while (error == null && (i = next.getAndAdd(grain)) < n) {
                body.run(i, Math.min(n, i + grain));
            }
        }

        boolean enter() {
            while (true) {
                int s = state.get();
                if ((s & CLOSED) != 0 || next.get() >= n) {
                    return false;
                }
                if (state.compareAndSet(s, s + 1)) {
                    return true;
                }
            }
        }

        void leave() {
            if (state.decrementAndGet() == CLOSED) {
                LockSupport.unpark(owner);
            }
        }

        void closeAndAwait() {
            int s;
            do {
                s = state.get();
            } while (!state.compareAndSet(s, s | CLOSED));
            while (state.get() != CLOSED) {
                LockSupport.park(this);
            }
        }
    }
}
