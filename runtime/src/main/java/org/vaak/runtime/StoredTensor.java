package org.vaak.runtime;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * A tensor as it is stored in a file: dtype, shape and little-endian bytes.
 * Conversions to Java arrays copy.
 */
public record StoredTensor(String name, DType dtype, int[] shape, ByteBuffer bytes) {

    public StoredTensor {
        long expect = Tensor.numel(shape) * dtype.size();
        if (bytes.remaining() != expect) {
            throw new ModelFormatException("tensor '" + name + "': " + dtype.headerName() + Arrays.toString(shape)
                    + " needs " + expect + " bytes, has " + bytes.remaining());
        }
        bytes = bytes.slice().order(ByteOrder.LITTLE_ENDIAN);
        shape = shape.clone();
    }

    public long numel() {
        return Tensor.numel(shape);
    }

    public static StoredTensor ofFloats(String name, float[] v, int... shape) {
        ByteBuffer b = ByteBuffer.allocate(v.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        b.asFloatBuffer().put(v);
        return new StoredTensor(name, DType.F32, shape, b);
    }

    public static StoredTensor ofBytes(String name, DType dtype, byte[] v, int... shape) {
        return new StoredTensor(name, dtype, shape, ByteBuffer.wrap(v));
    }

    public static StoredTensor ofShorts(String name, DType dtype, short[] v, int... shape) {
        ByteBuffer b = ByteBuffer.allocate(v.length * 2).order(ByteOrder.LITTLE_ENDIAN);
        b.asShortBuffer().put(v);
        return new StoredTensor(name, dtype, shape, b);
    }

    /** Values as fp32, converting F32, F16, BF16, F64 and integer types. */
    public float[] toFloats() {
        int n = Math.toIntExact(numel());
        float[] out = new float[n];
        ByteBuffer b = bytes.duplicate().order(ByteOrder.LITTLE_ENDIAN);
        switch (dtype) {
            case F32 -> b.asFloatBuffer().get(out);
            case F16 -> { for (int i = 0; i < n; i++) out[i] = Float.float16ToFloat(b.getShort(2 * i)); }
            case BF16 -> { for (int i = 0; i < n; i++) out[i] = Float.intBitsToFloat((b.getShort(2 * i) & 0xffff) << 16); }
            case F64 -> { for (int i = 0; i < n; i++) out[i] = (float) b.getDouble(8 * i); }
            case I8 -> { for (int i = 0; i < n; i++) out[i] = b.get(i); }
            case U8 -> { for (int i = 0; i < n; i++) out[i] = b.get(i) & 0xff; }
            case I16 -> { for (int i = 0; i < n; i++) out[i] = b.getShort(2 * i); }
            case I32 -> { for (int i = 0; i < n; i++) out[i] = b.getInt(4 * i); }
            case I64 -> { for (int i = 0; i < n; i++) out[i] = b.getLong(8 * i); }
            default -> throw new ModelFormatException("tensor '" + name + "': cannot read " + dtype.headerName() + " as floats");
        }
        return out;
    }

    public Tensor toTensor() {
        return new Tensor(toFloats(), shape);
    }

    public byte[] toBytes() {
        byte[] out = new byte[bytes.remaining()];
        bytes.duplicate().get(out);
        return out;
    }

    public short[] toShorts() {
        short[] out = new short[bytes.remaining() / 2];
        bytes.duplicate().order(ByteOrder.LITTLE_ENDIAN).asShortBuffer().get(out);
        return out;
    }

    @Override
    public String toString() {
        return name + ":" + dtype.headerName() + Arrays.toString(shape);
    }
}
