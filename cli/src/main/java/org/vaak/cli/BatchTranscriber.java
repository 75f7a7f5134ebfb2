package org.vaak.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.vaak.asr.recognizer.StreamingRecognizer;
import org.vaak.asr.system.AsrSystem;
import org.vaak.asr.transcript.Transcript;
import org.vaak.segmentation.learn.Progress;

/**
 * Transcribes a list of audio files on a small thread pool, one streaming recogniser per thread sharing the
 * system's read-only model and graph; results come back in input order. A file that fails gets its message
 * and the others go on.
 */
final class BatchTranscriber {
    /**
     * The outcome for one item: a transcript, or the message why there is none.
     *
     * @param cpuNanos CPU time of the thread spent on it: reading, resampling, features, model and search
     * @param wallNanos wall-clock time spent on it
     */
    record Result(AudioInputs.Item item, Transcript transcript, String error, long cpuNanos, long wallNanos) {
        boolean ok() {
            return transcript != null;
        }
    }

    /** Receives each result in input order, as soon as it and all before it are done. */
    interface Sink {
        void accept(Result r) throws IOException;
    }

    private final AsrSystem system;
    private final int threads;

    BatchTranscriber(AsrSystem system, int threads) {
        if (threads < 1) {
            throw new Errors.UserError("--threads must be at least 1, got " + threads);
        }
        this.system = system;
        this.threads = threads;
    }

    /** Default thread count: the available processors, at most the number of files. */
    static int defaultThreads(int items) {
        return Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), items));
    }

    void run(List<AudioInputs.Item> items, Progress progress, Sink sink) throws IOException {
        int n = Math.max(1, Math.min(threads, items.size()));
        ExecutorService pool = Executors.newFixedThreadPool(n, r -> {
            Thread t = new Thread(r, "vaak-transcribe");
            t.setDaemon(true);
            return t;
        });
        ThreadLocal<StreamingRecognizer> recognizers = ThreadLocal.withInitial(system::streamingRecognizer);
        AtomicInteger done = new AtomicInteger();
        try {
            List<Future<Result>> futures = new ArrayList<>();
            for (AudioInputs.Item it : items) {
                futures.add(pool.submit(() -> {
                    Result r = transcribe(recognizers.get(), it);
                    progress.update("transcribing", done.incrementAndGet(), items.size());
                    return r;
                }));
            }
            for (Future<Result> f : futures) {
                sink.accept(f.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException re) {
                throw re;
            }
            if (c instanceof Error er) {
                throw er;
            }
            throw new IOException(c);
        } finally {
            pool.shutdownNow();
        }
    }

    private static Result transcribe(StreamingRecognizer rec, AudioInputs.Item it) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long cpu0 = mx.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        Transcript t = null;
        String error = null;
        try {
            t = rec.transcribe(it.audio());
            if (t.duration() == 0) {
                error = "no audio samples in the file";
                t = null;
            }
        } catch (NoSuchFileException e) {
            error = "no such file";
        } catch (IOException | IllegalArgumentException e) {
            error = stripPath(e.getMessage(), it);
        } catch (OutOfMemoryError e) {
            error = "out of memory (give the JVM more with VAAK_JAVA_OPTS=-Xmx8g)";
        } catch (RuntimeException e) {
            error = "cannot be transcribed: " + e;
        }
        return new Result(it, t, error == null ? null : it.audio() + ": " + error,
                mx.getCurrentThreadCpuTime() - cpu0, System.nanoTime() - t0);
    }

    /** Messages of the audio readers start with the file name; it is added once by the caller. */
    private static String stripPath(String msg, AudioInputs.Item it) {
        if (msg == null) {
            return "cannot be read";
        }
        String p = it.audio().toString();
        return msg.startsWith(p + ": ") ? msg.substring(p.length() + 2) : msg;
    }
}
