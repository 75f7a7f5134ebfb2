package org.vaak.bench;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Writes the small ONNX graphs the comparison needs (MatMul, Conv, MatMulNBits) directly in the protobuf wire
 * format, so that the benchmark needs no ONNX tooling.
 */
final class OnnxModels {
    private static final int FLOAT = 1;
    private static final int UINT8 = 2;

    private OnnxModels() {
    }

    /** Protobuf message builder (wire types 0 and 2 only). */
    private static final class Msg {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Msg varint(int field, long v) {
            tag(field, 0);
            raw(v);
            return this;
        }

        Msg bytes(int field, byte[] b) {
            tag(field, 2);
            raw(b.length);
            out.writeBytes(b);
            return this;
        }

        Msg str(int field, String s) {
            return bytes(field, s.getBytes(StandardCharsets.UTF_8));
        }

        Msg msg(int field, Msg m) {
            return bytes(field, m.out.toByteArray());
        }

        private void tag(int field, int wire) {
            raw(((long) field << 3) | wire);
        }

        private void raw(long v) {
            while ((v & ~0x7FL) != 0) {
                out.write((int) ((v & 0x7F) | 0x80));
                v >>>= 7;
            }
            out.write((int) v);
        }
    }

    private static Msg valueInfo(String name, int type, long... dims) {
        Msg shape = new Msg();
        for (long d : dims) {
            shape.msg(1, new Msg().varint(1, d));
        }
        Msg tensor = new Msg().varint(1, type).msg(2, shape);
        return new Msg().str(1, name).msg(2, new Msg().msg(1, tensor));
    }

    private static Msg initializer(String name, int type, byte[] raw, long... dims) {
        Msg t = new Msg();
        for (long d : dims) {
            t.varint(1, d);
        }
        return t.varint(2, type).str(8, name).bytes(9, raw);
    }

    private static byte[] floats(float[] v) {
        ByteBuffer b = ByteBuffer.allocate(4 * v.length).order(ByteOrder.LITTLE_ENDIAN);
        b.asFloatBuffer().put(v);
        return b.array();
    }

    private static Msg intAttr(String name, long v) {
        return new Msg().str(1, name).varint(3, v).varint(20, 2);
    }

    private static Msg intsAttr(String name, long... v) {
        Msg m = new Msg().str(1, name);
        for (long x : v) {
            m.varint(8, x);
        }
        return m.varint(20, 7);
    }

    private static byte[] model(Msg graph, boolean microsoft) {
        Msg m = new Msg().varint(1, 8).str(2, "vaak-bench").msg(7, graph).msg(8, new Msg().str(1, "").varint(2, 17));
        if (microsoft) {
            m.msg(8, new Msg().str(1, "com.microsoft").varint(2, 1));
        }
        return m.out.toByteArray();
    }

    /** y[m, n] = x[m, k] . w[k, n]. */
    static byte[] matmul(int m, int k, int n, float[] wKn) {
        Msg node = new Msg().str(1, "x").str(1, "w").str(2, "y").str(3, "mm").str(4, "MatMul");
        Msg g = new Msg().msg(1, node).str(2, "matmul").msg(5, initializer("w", FLOAT, floats(wKn), k, n))
                .msg(11, valueInfo("x", FLOAT, m, k)).msg(12, valueInfo("y", FLOAT, m, n));
        return model(g, false);
    }

    /** Conv on x[1, cin, t] with w[cout, cin/groups, kernel], symmetric padding, stride 1. */
    static byte[] conv(int cin, int cout, int kernel, int groups, int pad, int t, float[] w) {
        Msg node = new Msg().str(1, "x").str(1, "w").str(2, "y").str(3, "conv").str(4, "Conv")
                .msg(5, intsAttr("pads", pad, pad)).msg(5, intAttr("group", groups)).msg(5, intsAttr("kernel_shape", kernel));
        int tout = t + 2 * pad - kernel + 1;
        Msg g = new Msg().msg(1, node).str(2, "conv").msg(5, initializer("w", FLOAT, floats(w), cout, cin / groups, kernel))
                .msg(11, valueInfo("x", FLOAT, 1, cin, t)).msg(12, valueInfo("y", FLOAT, 1, cout, tout));
        return model(g, false);
    }

    /** com.microsoft MatMulNBits, 4 bits, symmetric (no zero points): y[m, n] = x[m, k] . dequant(b)^T. */
    static byte[] matMulNBits(int m, int k, int n, int block, byte[] packed, float[] scales, int accuracyLevel) {
        Msg node = new Msg().str(1, "x").str(1, "b").str(1, "scales").str(2, "y").str(3, "mmnb").str(4, "MatMulNBits")
                .msg(5, intAttr("K", k)).msg(5, intAttr("N", n)).msg(5, intAttr("bits", 4)).msg(5, intAttr("block_size", block))
                .msg(5, intAttr("accuracy_level", accuracyLevel)).str(7, "com.microsoft");
        Msg g = new Msg().msg(1, node).str(2, "matmulnbits")
                .msg(5, initializer("b", UINT8, packed, n, k / block, block / 2))
                .msg(5, initializer("scales", FLOAT, floats(scales), (long) n * (k / block)))
                .msg(11, valueInfo("x", FLOAT, m, k)).msg(12, valueInfo("y", FLOAT, m, n));
        return model(g, true);
    }
}
