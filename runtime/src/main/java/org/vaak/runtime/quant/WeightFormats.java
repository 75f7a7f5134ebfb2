package org.vaak.runtime.quant;

import java.util.List;
import org.vaak.runtime.DType;
import org.vaak.runtime.ModelFormatException;
import org.vaak.runtime.SafeTensors;
import org.vaak.runtime.StoredTensor;

/**
 * Format specs and the bridge to stored tensors. Specs: {@code f32}, {@code bf16}, {@code f16}, {@code int8},
 * {@code int4:g<32|64|128>:<sym|asym>[:a8]} ({@code :a8}: int8 activations, see {@link Int4Matrix}), {@code mxint8}, {@code mxfp4}, {@code fp8}, {@code ternary}.
 * The spec of each stored matrix is recorded in the file metadata under {@code format.<name>}.
 */
public final class WeightFormats {
    /** Every spec, in order of decreasing size. */
    public static final List<String> ALL = List.of("f32", "bf16", "f16", "int8", "mxint8", "fp8",
            "int4:g32:asym", "int4:g64:asym", "int4:g128:asym", "int4:g32:sym", "int4:g64:sym", "int4:g128:sym",
            "mxfp4", "ternary");

    private WeightFormats() {
    }

    /** Metadata key that records the format of the matrix stored under {@code name}. */
    public static String metadataKey(String name) {
        return "format." + name;
    }

    /** Whether a matrix with {@code cols} inputs can be stored in {@code spec}. */
    public static boolean fits(String spec, int cols) {
        return switch (base(spec)) {
            case "int4" -> cols % group(spec) == 0;
            case "mxint8", "mxfp4" -> cols % 32 == 0;
            case "ternary" -> cols % 8 == 0;
            default -> true;
        };
    }

    public static WeightMatrix quantize(String spec, float[] w, int rows, int cols) {
        return switch (base(spec)) {
            case "f32" -> new Fp32Matrix(w.clone(), rows, cols);
            case "bf16" -> HalfMatrix.quantize(w, rows, cols, true);
            case "f16" -> HalfMatrix.quantize(w, rows, cols, false);
            case "int8" -> Int8Matrix.quantize(w, rows, cols);
            case "int4" -> Int4Matrix.quantize(w, rows, cols, group(spec), asym(spec)).withInt8Activations(a8(spec));
            case "mxint8" -> MxInt8Matrix.quantize(w, rows, cols);
            case "mxfp4" -> MxFp4Matrix.quantize(w, rows, cols);
            case "fp8" -> Fp8Matrix.quantize(w, rows, cols);
            case "ternary" -> TernaryMatrix.quantize(w, rows, cols);
            default -> throw new IllegalArgumentException("unknown weight format '" + spec + "'");
        };
    }

    private static String base(String spec) {
        int i = spec.indexOf(':');
        return i < 0 ? spec : spec.substring(0, i);
    }

    private static int group(String spec) {
        String[] p = spec.split(":");
        if (p.length < 3 || !p[1].startsWith("g")) {
            throw new IllegalArgumentException("int4 format must be int4:g<32|64|128>:<sym|asym>, got '" + spec + "'");
        }
        return Integer.parseInt(p[1].substring(1));
    }

    private static boolean asym(String spec) {
        return spec.split(":")[2].equals("asym");
    }

    private static boolean a8(String spec) {
        return List.of(spec.split(":")).contains("a8");
    }

    /**
     * Loads the matrix stored under {@code name} with the expected shape; the format comes from the metadata
     * (fp32/bf16/f16 when absent). Every tensor's dtype and shape is checked.
     */
    public static WeightMatrix load(SafeTensors st, String name, int rows, int cols) {
        String spec = st.metadata().get(metadataKey(name));
        String src = st.source();
        if (spec == null) {
            StoredTensor t = expect(st, name, null, rows, cols);
            return switch (t.dtype()) {
                case F32 -> new Fp32Matrix(t.toFloats(), rows, cols);
                case BF16 -> new HalfMatrix(t.toShorts(), true, rows, cols);
                case F16 -> new HalfMatrix(t.toShorts(), false, rows, cols);
                default -> throw new ModelFormatException(src + ": tensor '" + name + "' has dtype " + t.dtype().headerName()
                        + " but no " + metadataKey(name) + " metadata says how it is quantized");
            };
        }
        try {
            return switch (base(spec)) {
                case "f32", "bf16", "f16" -> {
                    StoredTensor t = expect(st, name, spec.equals("f32") ? DType.F32 : spec.equals("bf16") ? DType.BF16 : DType.F16, rows, cols);
                    yield spec.equals("f32") ? new Fp32Matrix(t.toFloats(), rows, cols) : new HalfMatrix(t.toShorts(), spec.equals("bf16"), rows, cols);
                }
                case "int8" -> new Int8Matrix(expect(st, name + ".q", DType.I8, rows, cols).toBytes(),
                        expect(st, name + ".scale", DType.F32, rows).toFloats(), rows, cols);
                case "int4" -> {
                    int g = group(spec);
                    if (cols % g != 0) {
                        throw new ModelFormatException(src + ": " + name + ": " + cols + " inputs not a multiple of group " + g);
                    }
                    byte[] zero = asym(spec) ? expect(st, name + ".zero", DType.U8, rows, cols / g).toBytes() : null;
                    float[] in = st.has(name + ".input_scale") ? expect(st, name + ".input_scale", DType.F32, cols).toFloats() : null;
                    yield new Int4Matrix(expect(st, name + ".q", DType.U8, rows, cols / 2).toBytes(),
                            expect(st, name + ".scale", DType.F32, rows, cols / g).toFloats(), zero, g, in, rows, cols, a8(spec));
                }
                case "mxint8" -> new MxInt8Matrix(expect(st, name + ".q", DType.I8, rows, cols).toBytes(),
                        expect(st, name + ".e8m0", DType.U8, rows, cols / 32).toBytes(), rows, cols);
                case "mxfp4" -> new MxFp4Matrix(expect(st, name + ".q", DType.U8, rows, cols / 2).toBytes(),
                        expect(st, name + ".e8m0", DType.U8, rows, cols / 32).toBytes(), rows, cols);
                case "fp8" -> new Fp8Matrix(expect(st, name + ".q", DType.F8_E4M3, rows, cols).toBytes(),
                        expect(st, name + ".scale", DType.F32, rows).toFloats(), rows, cols);
                case "ternary" -> new TernaryMatrix(expect(st, name + ".q", DType.U8, (rows + 15) / 16, cols / 8, 32).toBytes(),
                        expect(st, name + ".scale", DType.F32, rows).toFloats(), rows, cols);
                default -> throw new ModelFormatException(src + ": " + metadataKey(name) + " = '" + spec + "' is not a known weight format");
            };
        } catch (IllegalArgumentException e) {
            throw new ModelFormatException(src + ": " + name + ": " + e.getMessage(), e);
        }
    }

    /** The named tensor, checked for dtype (unless null) and shape. */
    public static StoredTensor expect(SafeTensors st, String name, DType dtype, int... shape) {
        StoredTensor t = st.get(name);
        if (dtype != null && t.dtype() != dtype) {
            throw new ModelFormatException(st.source() + ": tensor '" + name + "' has dtype " + t.dtype().headerName()
                    + ", expected " + dtype.headerName());
        }
        if (!java.util.Arrays.equals(t.shape(), shape)) {
            throw new ModelFormatException(st.source() + ": tensor '" + name + "' has shape " + java.util.Arrays.toString(t.shape())
                    + ", expected " + java.util.Arrays.toString(shape));
        }
        return t;
    }
}
