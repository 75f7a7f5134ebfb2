package org.vaak.runtime.quant;

import java.util.List;
import org.vaak.runtime.StoredTensor;
import org.vaak.runtime.kernel.Kernels;
import org.vaak.runtime.kernel.PackedPanels;
import org.vaak.runtime.kernel.PackedRows;
import org.vaak.runtime.kernel.ThreadBuffers;
import org.vaak.runtime.kernel.Parallel;

/** fp32 weights: GEMV for one token, packed-panel GEMM for several. */
public final class Fp32Matrix extends RowwiseMatrix {
    private final float[] w;
    private volatile PackedPanels packed;
    private volatile Kernels packedFor;

    public Fp32Matrix(float[] w, int rows, int cols) {
        super(rows, cols);
        if (w.length != rows * cols) {
            throw new IllegalArgumentException("fp32 weights: expected " + rows * cols + " values, got " + w.length);
        }
        this.w = w;
    }

    public float[] weights() {
        return w;
    }

    @Override
    public String format() {
        return "f32";
    }

    /** The panels for {@code k}, packed once. */
    public PackedPanels panels(Kernels k) {
        PackedPanels p = packed;
        if (p == null || packedFor != k) {
            p = PackedPanels.pack(w, rows, cols, k);
            packed = p;
            packedFor = k;
        }
        return p;
    }

    @Override
    public void matmul(float[] x, int m, float[] y, Kernels k) {
        if (m == 1) {
            super.matmul(x, m, y, k);
            return;
        }
        gemm(x, m, panels(k), y, k);
    }

    /** {@code y[m, n] = x[m, k] . W^T} over packed panels, split into (panel, row block) chunks. */
    public static void gemm(float[] x, int m, PackedPanels b, float[] y, Kernels k) {
        int panels = b.panels();
        if (m >= 2 * PackedRows.MR && b.nr() == k.panelWidth()) {
            // rows packed 12 at a time, k-major: the micro-kernel's broadcasts read adjacent floats
            PackedRows a = PackedRows.packInto(x, 0, m, b.k(), ThreadBuffers.floats(ThreadBuffers.ROWS, PackedRows.size(m, b.k())));
            int bpc = 8; // row blocks per chunk (96 rows)
            int chunks = (a.blocks() + bpc - 1) / bpc;
            boolean panelOuter = (long) m <= b.n();
            Parallel.forRange(panels * chunks, 1, (from, to) -> {
                for (int t = from; t < to; t++) {
                    int rb = panelOuter ? t % chunks : t / panels;
                    int p = panelOuter ? t / chunks : t % panels;
                    k.gemmPackedRows(a, rb * bpc, Math.min(a.blocks(), rb * bpc + bpc), b.data(), p * b.k() * b.nr(),
                            Math.min(b.nr(), b.n() - p * b.nr()), y, p * b.nr(), b.n());
                }
            });
            return;
        }
        int mb = 96;
        int rowBlocks = (m + mb - 1) / mb;
        // the smaller operand is the one re-read: consecutive chunks share a weight panel when A is smaller
        boolean panelOuter = (long) m <= b.n();
        Parallel.forRange(panels * rowBlocks, 1, (from, to) -> {
            for (int t = from; t < to; t++) {
                int rb = panelOuter ? t % rowBlocks : t / panels;
                int p = panelOuter ? t / rowBlocks : t % panels;
                k.gemmPanels(x, 0, rb * mb, Math.min(m, rb * mb + mb), b, p, p + 1, y, 0);
            }
        });
    }

    @Override
    void rows(Kernels k, Object prep, float[] x, int t, float[] y, int r0, int r1) {
        k.f32Rows(w, cols, x, t * cols, y, t * rows, r0, r1);
    }

    @Override
    public float[] dequantize() {
        return w.clone();
    }

    @Override
    public long storageBytes() {
        return 4L * w.length;
    }

    @Override
    public List<StoredTensor> toStored(String name) {
        return List.of(StoredTensor.ofFloats(name, w, rows, cols));
    }
}
