package org.vaak.audio.synth;

import com.sun.jna.Callback;
import com.sun.jna.Library;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;

/** The part of libespeak-ng's C API ({@code speak_lib.h}) that synthesis into memory needs. */
interface EspeakLibrary extends Library {
    /** {@code AUDIO_OUTPUT_SYNCHRONOUS}: {@code espeak_Synth} returns when all audio went to the callback. */
    int AUDIO_OUTPUT_SYNCHRONOUS = 2;
    /** {@code espeakINITIALIZE_PHONEME_EVENTS}. */
    int INITIALIZE_PHONEME_EVENTS = 0x0001;
    /** {@code espeakINITIALIZE_DONT_EXIT}: report errors instead of exiting the process. */
    int INITIALIZE_DONT_EXIT = 0x8000;
    int POS_CHARACTER = 1;
    int CHARS_UTF8 = 1;
    int ENDPAUSE = 0x1000;

    int RATE = 1;
    int VOLUME = 2;
    int PITCH = 3;
    int RANGE = 4;
    int PUNCTUATION = 5;
    int WORDGAP = 7;

    int EVENT_LIST_TERMINATED = 0;
    int EVENT_PHONEME = 7;
    int EVENT_SAMPLERATE = 8;
    /** {@code sizeof(espeak_EVENT)} on LP64: six ints, a pointer and an 8-byte union. */
    int EVENT_SIZE = 40;
    int EVENT_TYPE = 0;
    int EVENT_AUDIO_POSITION = 16;
    int EVENT_ID = 32;

    /** {@code int (t_espeak_callback)(short *wav, int numsamples, espeak_EVENT *events)}. */
    interface SynthCallback extends Callback {
        int invoke(Pointer wav, int numSamples, Pointer events);
    }

    int espeak_Initialize(int output, int bufLength, String path, int options);

    void espeak_SetSynthCallback(SynthCallback callback);

    int espeak_SetVoiceByName(String name);

    int espeak_SetParameter(int parameter, int value, int relative);

    int espeak_GetParameter(int parameter, int current);

    int espeak_Synth(byte[] text, long size, int position, int positionType, int endPosition, int flags,
            IntByReference uniqueIdentifier, Pointer userData);

    int espeak_Synchronize();

    int espeak_Terminate();

    String espeak_Info(com.sun.jna.ptr.PointerByReference pathData);
}
