package org.vaak.runtime;

/** Element types of stored tensors, named as in the safetensors header. */
public enum DType {
    F32("F32", 4), F16("F16", 2), BF16("BF16", 2), F8_E4M3("F8_E4M3", 1),
    I8("I8", 1), U8("U8", 1), I16("I16", 2), I32("I32", 4), I64("I64", 8), F64("F64", 8);

    private final String headerName;
    private final int size;

    DType(String headerName, int size) {
        this.headerName = headerName;
        this.size = size;
    }

    /** Name used in the safetensors header. */
    public String headerName() {
        return headerName;
    }

    /** Bytes per element. */
    public int size() {
        return size;
    }

    /** Looks up a header dtype name; returns null when the name is not known. */
    public static DType fromHeader(String name) {
        for (DType d : values()) {
            if (d.headerName.equals(name)) {
                return d;
            }
        }
        return null;
    }
}
