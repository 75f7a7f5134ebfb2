package org.vaak.audio.synth;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * espeak-ng in-process through JNA, in synchronous retrieval mode: {@code espeak_Synth} hands every block
 * of samples (and the phoneme events of that block) to a callback and returns when the text is spoken.
 *
 * <p>libespeak-ng keeps its state in globals, so one loaded copy of it can speak one text at a time. Each
 * synthesiser therefore loads its own copy of the shared library (the file copied to a temporary file,
 * which the dynamic loader treats as a different library): two synthesisers can speak in parallel
 * threads. Calls on one synthesiser are serialised.
 */
public final class EspeakSynthesizer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EspeakSynthesizer.class);
    /** System property naming the shared library file, when it is not in one of the usual places. */
    public static final String LIBRARY_PROPERTY = "vaak.espeak.library";
    private static final List<String> LIBRARY_PATHS = List.of(
            "/usr/lib/x86_64-linux-gnu/libespeak-ng.so.1", "/usr/lib/aarch64-linux-gnu/libespeak-ng.so.1",
            "/usr/lib64/libespeak-ng.so.1", "/usr/lib/libespeak-ng.so.1", "/usr/local/lib/libespeak-ng.so.1",
            "/opt/homebrew/lib/libespeak-ng.dylib", "/usr/local/lib/libespeak-ng.dylib");

    /**
     * espeak-ng's volume (0..200). Its default, 100, drives some variants (klatt, klatt4, adam, caleb) past
     * 16-bit full scale, where espeak-ng clips; at 45 none of the variants in {@link EspeakVariants} clips.
     */
    public static final int VOLUME = 45;

    private final EspeakLibrary lib;
    private final Path copy;
    private final int sampleRate;
    private final boolean phoneEvents;
    private final EspeakLibrary.SynthCallback callback; // referenced here so the GC keeps the native stub
    private short[] buffer = new short[1 << 16];
    private int length;
    private final List<String> phoneNames = new ArrayList<>();
    private final List<Integer> phoneStartsMs = new ArrayList<>();
    private boolean closed;

    private EspeakSynthesizer(EspeakLibrary lib, Path copy, boolean phoneEvents) throws SynthException {
        this.lib = lib;
        this.copy = copy;
        this.phoneEvents = phoneEvents;
        this.callback = this::receive;
        this.sampleRate = initialize();
    }

    private int initialize() throws SynthException {
        int options = EspeakLibrary.INITIALIZE_DONT_EXIT | (phoneEvents ? EspeakLibrary.INITIALIZE_PHONEME_EVENTS : 0);
        int rate = lib.espeak_Initialize(EspeakLibrary.AUDIO_OUTPUT_SYNCHRONOUS, 200, null, options);
        if (rate <= 0) {
            throw new SynthException("espeak-ng failed to initialise (espeak_Initialize returned " + rate
                    + "); is its data (espeak-ng-data) installed?");
        }
        lib.espeak_SetSynthCallback(callback);
        return rate;
    }

    /** Loads a private copy of libespeak-ng; {@code phoneEvents} asks for phone timings with each synthesis. */
    public static EspeakSynthesizer open(boolean phoneEvents) throws SynthException {
        Path library = libraryFile();
        Path copy;
        try {
            copy = Files.createTempFile("vaak-espeak-ng-", ".so");
            Files.copy(library, copy, StandardCopyOption.REPLACE_EXISTING);
            copy.toFile().deleteOnExit();
        } catch (IOException e) {
            throw new SynthException("cannot copy " + library + " to a temporary file: " + e.getMessage(), e);
        }
        EspeakLibrary lib;
        try {
            // RTLD_LAZY | RTLD_LOCAL (JNA's default adds RTLD_GLOBAL): each copy must bind its own globals.
            lib = Native.load(copy.toString(), EspeakLibrary.class, Map.of(Library.OPTION_OPEN_FLAGS, 1));
        } catch (UnsatisfiedLinkError e) {
            throw new SynthException("cannot load " + library + ": " + e.getMessage(), e);
        }
        EspeakSynthesizer s = new EspeakSynthesizer(lib, copy, phoneEvents);
        LOG.debug("espeak-ng {} loaded from {}, {} Hz", s.version(), library, s.sampleRate);
        return s;
    }

    /** The libespeak-ng shared library: {@value #LIBRARY_PROPERTY} if set, else the first usual path found. */
    public static Path libraryFile() throws SynthException {
        String p = System.getProperty(LIBRARY_PROPERTY);
        if (p != null) {
            Path f = Path.of(p);
            if (!Files.isRegularFile(f)) {
                throw new SynthException(LIBRARY_PROPERTY + "=" + p + ": no such file");
            }
            return f;
        }
        for (String c : LIBRARY_PATHS) {
            Path f = Path.of(c);
            if (Files.isRegularFile(f)) {
                return f;
            }
        }
        throw new SynthException("libespeak-ng not found in " + LIBRARY_PATHS + "; install it (Debian/Ubuntu: "
                + "apt-get install libespeak-ng1 espeak-ng-data) or name the file with -D" + LIBRARY_PROPERTY + "=...");
    }

    /** The espeak-ng version. */
    public String version() {
        return lib.espeak_Info(null);
    }

    /** The folder espeak-ng reads its data from. */
    public Path dataPath() {
        com.sun.jna.ptr.PointerByReference p = new com.sun.jna.ptr.PointerByReference();
        lib.espeak_Info(p);
        return Path.of(p.getValue().getString(0, StandardCharsets.UTF_8.name()));
    }

    /**
     * The voice variants espeak-ng has (the files of its {@code voices/!v} folder), sorted. A variant that is
     * not among them is silently ignored by {@code espeak_SetVoiceByName}, so callers check names here.
     */
    public java.util.SortedSet<String> variants() throws SynthException {
        Path dir = dataPath().resolve("voices").resolve("!v");
        try (java.util.stream.Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile).map(f -> f.getFileName().toString())
                    .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
        } catch (IOException e) {
            throw new SynthException("cannot list espeak-ng's voice variants in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** The rate of the samples espeak-ng produces (22050 Hz for its usual voices). */
    public int sampleRate() {
        return sampleRate;
    }

    /**
     * Speaks {@code text} (UTF-8 plain text, not SSML) with {@code voice}. The samples depend on what this
     * synthesiser spoke before (espeak-ng carries its glottal phase and filter state over) and, for voices with
     * noise sources, on the C library's {@code rand()}; {@link #speak(String, Voice, int)} does not.
     */
    public synchronized Speech speak(String text, Voice voice) throws SynthException {
        if (closed) {
            throw new IllegalStateException("synthesiser is closed");
        }
        int r = lib.espeak_SetVoiceByName(voice.espeakName());
        if (r != 0) {
            throw new SynthException("espeak-ng has no voice '" + voice.espeakName() + "' (error " + r + ")");
        }
        check(lib.espeak_SetParameter(EspeakLibrary.VOLUME, VOLUME, 0), "volume");
        check(lib.espeak_SetParameter(EspeakLibrary.RATE, voice.wordsPerMinute(), 0), "rate");
        check(lib.espeak_SetParameter(EspeakLibrary.PITCH, voice.pitch(), 0), "pitch");
        check(lib.espeak_SetParameter(EspeakLibrary.RANGE, voice.pitchRange(), 0), "pitch range");
        length = 0;
        phoneNames.clear();
        phoneStartsMs.clear();
        byte[] utf8 = (text + "\0").getBytes(StandardCharsets.UTF_8);
        r = lib.espeak_Synth(utf8, utf8.length, 0, EspeakLibrary.POS_CHARACTER, 0,
                EspeakLibrary.CHARS_UTF8 | EspeakLibrary.ENDPAUSE, null, null);
        if (r != 0) {
            throw new SynthException("espeak-ng failed to speak '" + text + "' with " + voice.espeakName()
                    + " (error " + r + ")");
        }
        float[] samples = new float[length];
        for (int i = 0; i < length; i++) {
            samples[i] = buffer[i] / 32768f;
        }
        return new Speech(samples, sampleRate, timings(samples.length / (double) sampleRate));
    }

    /**
     * Speaks {@code text} after seeding the C library's random generator, which espeak-ng's noise sources
     * (breathy and whispering variants, the Klatt voices' aspiration) draw from, with {@code seed}. The
     * generator is shared by the whole process, so these calls of all synthesisers are serialised by one
     * lock. espeak-ng still carries glottal phase and filter state from one utterance to the next, so the
     * samples are the same for the same text, voice and seed only after the same history (for example as
     * the first utterance of a fresh synthesiser).
     */
    public Speech speak(String text, Voice voice, int seed) throws SynthException {
        synchronized (RAND_LOCK) {
            synchronized (this) {
                if (closed) {
                    throw new IllegalStateException("synthesiser is closed");
                }
                CLib.INSTANCE.srand(seed);
                return speak(text, voice);
            }
        }
    }

    private static final Object RAND_LOCK = new Object();

    /** The C library's {@code srand}, which seeds the {@code rand()} espeak-ng calls. */
    private interface CLib extends Library {
        CLib INSTANCE = Native.load("c", CLib.class);

        void srand(int seed);
    }

    private List<PhoneTiming> timings(double seconds) {
        List<PhoneTiming> out = new ArrayList<>(phoneNames.size());
        for (int i = 0; i < phoneNames.size(); i++) {
            double start = Math.min(seconds, phoneStartsMs.get(i) / 1000.0);
            double end = i + 1 < phoneNames.size() ? Math.min(seconds, phoneStartsMs.get(i + 1) / 1000.0) : seconds;
            out.add(new PhoneTiming(phoneNames.get(i), start, Math.max(start, end)));
        }
        return out;
    }

    private int receive(Pointer wav, int numSamples, Pointer events) {
        if (wav != null && numSamples > 0) {
            if (length + numSamples > buffer.length) {
                buffer = Arrays.copyOf(buffer, Math.max(length + numSamples, buffer.length * 2));
            }
            wav.read(0, buffer, length, numSamples);
            length += numSamples;
        }
        if (phoneEvents && events != null) {
            for (long off = 0; ; off += EspeakLibrary.EVENT_SIZE) {
                int type = events.getInt(off + EspeakLibrary.EVENT_TYPE);
                if (type == EspeakLibrary.EVENT_LIST_TERMINATED) {
                    break;
                }
                if (type == EspeakLibrary.EVENT_PHONEME) {
                    byte[] id = events.getByteArray(off + EspeakLibrary.EVENT_ID, 8);
                    int n = 0;
                    while (n < id.length && id[n] != 0) {
                        n++;
                    }
                    phoneNames.add(new String(id, 0, n, StandardCharsets.UTF_8));
                    phoneStartsMs.add(events.getInt(off + EspeakLibrary.EVENT_AUDIO_POSITION));
                }
            }
        }
        return 0;
    }

    private static void check(int r, String what) throws SynthException {
        if (r != 0) {
            throw new SynthException("espeak-ng refused the " + what + " setting (error " + r + ")");
        }
    }

    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true; // espeak_Terminate blocks in synchronous mode; the copy is unloaded with the process
            try {
                Files.deleteIfExists(copy);
            } catch (IOException e) {
                LOG.debug("cannot delete {}: {}", copy, e.getMessage());
            }
        }
    }
}
