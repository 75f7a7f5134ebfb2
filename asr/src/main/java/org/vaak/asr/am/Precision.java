package org.vaak.asr.am;

/** How the weight matrices of a model are held in memory. */
public enum Precision {
    /** Every matrix as fp32 (quantized matrices of the file are dequantized). */
    FP32,
    /** W8A8: fp32 matrices are quantized to int8 at load time; int8 matrices of the file are used as stored. */
    INT8,
    /** Each matrix in the format the file stores it in. */
    STORED;

    public static Precision parse(String s) {
        return switch (s.toLowerCase(java.util.Locale.ROOT)) {
            case "fp32", "f32" -> FP32;
            case "int8", "w8a8" -> INT8;
            case "stored" -> STORED;
            default -> throw new IllegalArgumentException("unknown precision '" + s + "' (fp32, int8, stored)");
        };
    }
}
