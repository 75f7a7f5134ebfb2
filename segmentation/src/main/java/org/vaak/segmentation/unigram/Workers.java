package org.vaak.segmentation.unigram;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a loop over 0..n-1 in small chunks on a fixed number of threads, the calling thread working
 * too. Chunks are handed out in order from a shared counter; each index is processed by exactly one
 * thread, so results written per index do not depend on the number of threads.
 */
final class Workers implements AutoCloseable {
    /** The body of a loop over the chunk [from, to). */
    interface Chunk {
        void run(int from, int to);
    }

    private final int threads;
    private final ExecutorService pool;

    Workers(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        this.threads = threads;
        this.pool = threads == 1 ? null : Executors.newFixedThreadPool(threads - 1, r -> {
            Thread t = new Thread(r, "vaak-unigram-worker");
            t.setDaemon(true);
            return t;
        });
    }

    int threads() {
        return threads;
    }

    void forEach(int n, int chunkSize, Chunk body) {
        AtomicInteger next = new AtomicInteger();
        Runnable loop = () -> {
            while (true) {
                long from = (long) next.getAndIncrement() * chunkSize;
                if (from >= n) {
                    return;
                }
                body.run((int) from, (int) Math.min(n, from + chunkSize));
            }
        };
        if (pool == null) {
            loop.run();
            return;
        }
        List<Future<?>> helpers = new ArrayList<>(threads - 1);
        for (int t = 1; t < threads; t++) {
            helpers.add(pool.submit(loop));
        }
        RuntimeException failure = null;
        try {
            loop.run();
        } catch (RuntimeException e) {
            failure = e;
            next.set(Integer.MAX_VALUE / Math.max(1, chunkSize));
        }
        for (Future<?> f : helpers) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while training", e);
            } catch (ExecutionException e) {
                if (failure == null) {
                    failure = e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
