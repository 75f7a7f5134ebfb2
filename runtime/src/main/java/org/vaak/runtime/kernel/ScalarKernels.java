package org.vaak.runtime.kernel;

/** Plain-Java kernels: the reference every Vector API kernel is tested against, and the fallback. */
public final class ScalarKernels implements Kernels {
    public static final ScalarKernels INSTANCE = new ScalarKernels();

    private ScalarKernels() {
    }

    @Override
    public String name() {
        return "scalar";
    }

    @Override
    public int panelWidth() {
        return 16;
    }

    @Override
    public float dot(float[] a, int ao, float[] b, int bo, int n) {
        float s = 0;
        for (int i = 0; i < n; i++) {
            s += a[ao + i] * b[bo + i];
        }
        return s;
    }

    @Override
    public void axpy(float alpha, float[] x, int xo, float[] y, int yo, int n) {
        for (int i = 0; i < n; i++) {
            y[yo + i] += alpha * x[xo + i];
        }
    }

    @Override
    public void gemmPanels(float[] a, int ao, int m0, int m1, PackedPanels b, int p0, int p1, float[] c, int co) {
        int k = b.k();
        int n = b.n();
        int nr = b.nr();
        float[] bd = b.data();
        for (int p = p0; p < p1; p++) {
            int base = p * k * nr;
            int jn = Math.min(nr, n - p * nr);
            for (int i = m0; i < m1; i++) {
                for (int j = 0; j < jn; j++) {
                    float s = 0;
                    for (int kk = 0; kk < k; kk++) {
                        s += a[ao + i * k + kk] * bd[base + kk * nr + j];
                    }
                    c[co + i * n + p * nr + j] = s;
                }
            }
        }
    }

    @Override
    public void gemmPanel(float[] a, int ao, int m0, int m1, int k, float[] panel, int po, int cols, float[] c, int co, int ldc) {
        int nr = panelWidth();
        for (int i = m0; i < m1; i++) {
            for (int j = 0; j < cols; j++) {
                float s = 0;
                for (int kk = 0; kk < k; kk++) {
                    s += a[ao + i * k + kk] * panel[po + kk * nr + j];
                }
                c[co + i * ldc + j] = s;
            }
        }
    }

    @Override
    public void gemmPackedRows(PackedRows a, int b0, int b1, float[] panel, int po, int cols, float[] c, int co, int ldc) {
        gemmPackedRowsRange(a, b0, b1, 0, a.k(), panel, po, cols, c, co, ldc);
    }

    @Override
    public void gemmPackedRowsRange(PackedRows a, int b0, int b1, int kStart, int kEnd, float[] panel, int po, int cols,
                                    float[] c, int co, int ldc) {
        int nr = panelWidth();
        int k = a.k();
        float[] d = a.data();
        int mr = PackedRows.MR;
        for (int i = b0 * mr; i < Math.min(a.m(), b1 * mr); i++) {
            int base = (i / mr) * k * mr + i % mr;
            for (int j = 0; j < cols; j++) {
                float s = 0;
                for (int kk = kStart; kk < kEnd; kk++) {
                    s += d[base + kk * mr] * panel[po + kk * nr + j];
                }
                c[co + i * ldc + j] = s;
            }
        }
    }

    @Override
    public float quantizeInt8(float[] x, int xo, int n, float[] out, int oo) {
        float amax = 0;
        for (int i = 0; i < n; i++) {
            amax = Math.max(amax, Math.abs(x[xo + i]));
        }
        float s = amax == 0 ? 1f : amax / 127f;
        float inv = 1f / s;
        for (int i = 0; i < n; i++) {
            out[oo + i] = Math.max(-127, Math.min(127, Math.round(x[xo + i] * inv)));
        }
        return s;
    }

    @Override
    public void f32Rows(float[] w, int k, float[] x, int xo, float[] y, int yo, int r0, int r1) {
        for (int r = r0; r < r1; r++) {
            y[yo + r] = dot(w, r * k, x, xo, k);
        }
    }

    @Override
    public void halfRows(short[] w, boolean bf16, int k, float[] x, int xo, float[] y, int yo, int r0, int r1) {
        for (int r = r0; r < r1; r++) {
            float s = 0;
            int o = r * k;
            for (int i = 0; i < k; i++) {
                float wv = bf16 ? Float.intBitsToFloat((w[o + i] & 0xffff) << 16) : Float.float16ToFloat(w[o + i]);
                s += wv * x[xo + i];
            }
            y[yo + r] = s;
        }
    }

    @Override
    public void int8Rows(byte[] w, float[] wScale, int k, byte[] xq, int xo, float xScale, float[] y, int yo, int r0, int r1) {
        for (int r = r0; r < r1; r++) {
            int s = 0;
            int o = r * k;
            for (int i = 0; i < k; i++) {
                s += w[o + i] * xq[xo + i];
            }
            y[yo + r] = s * wScale[r] * xScale;
        }
    }

    @Override
    public void int4Rows(byte[] w, float[] scale, byte[] zero, int group, int k, float[] x, int xo, float[] xGroupSum, int gso,
                         float[] y, int yo, int r0, int r1) {
        int groups = k / group;
        for (int r = r0; r < r1; r++) {
            float s = 0;
            for (int g = 0; g < groups; g++) {
                float d = 0;
                for (int c = 0; c < group; c += 32) {
                    int bo = (r * k + g * group + c) / 2;
                    int xb = xo + g * group + c;
                    for (int j = 0; j < 16; j++) {
                        int b = w[bo + j];
                        d += (b & 15) * x[xb + j] + ((b >> 4) & 15) * x[xb + 16 + j];
                    }
                }
                int gi = r * groups + g;
                float z = zero == null ? 8 : zero[gi] & 0xff;
                s += scale[gi] * (d - z * xGroupSum[gso + g]);
            }
            y[yo + r] = s;
        }
    }

    @Override
    public void int4RowsQ8(byte[] w, float[] scale, byte[] zero, int group, int k, byte[] xq, short[] xp, int xo,
                           int[] xqGroupSum, int gso, float xScale, float[] y, int yo, int r0, int r1) {
        int groups = k / group;
        for (int r = r0; r < r1; r++) {
            float s = 0;
            for (int g = 0; g < groups; g++) {
                int d = 0;
                for (int c = 0; c < group; c += 32) {
                    int bo = (r * k + g * group + c) / 2;
                    int xb = xo + g * group + c;
                    for (int j = 0; j < 16; j++) {
                        int b = w[bo + j];
                        d += (b & 15) * xq[xb + j] + ((b >> 4) & 15) * xq[xb + 16 + j];
                    }
                }
                int gi = r * groups + g;
                int z = zero == null ? 8 : zero[gi] & 0xff;
                s += scale[gi] * (d - z * xqGroupSum[gso + g]);
            }
            y[yo + r] = s * xScale;
        }
    }

    @Override
    public void mxInt8Rows(byte[] w, byte[] exp, int k, float[] x, int xo, float[] y, int yo, int r0, int r1) {
        int blocks = k / 32;
        for (int r = r0; r < r1; r++) {
            float s = 0;
            for (int b = 0; b < blocks; b++) {
                float d = 0;
                int o = r * k + b * 32;
                for (int j = 0; j < 32; j++) {
                    d += w[o + j] * x[xo + b * 32 + j];
                }
                s += d * Codes.e8m0(exp[r * blocks + b]) * 0x1p-6f;
            }
            y[yo + r] = s;
        }
    }

    @Override
    public void mxFp4Rows(byte[] w, byte[] exp, int k, float[] x, int xo, float[] y, int yo, int r0, int r1) {
        int blocks = k / 32;
        for (int r = r0; r < r1; r++) {
            float s = 0;
            for (int b = 0; b < blocks; b++) {
                float d = 0;
                int o = (r * k + b * 32) / 2;
                int xb = xo + b * 32;
                for (int j = 0; j < 16; j++) {
                    int c = w[o + j];
                    d += Codes.E2M1[c & 15] * x[xb + j] + Codes.E2M1[(c >> 4) & 15] * x[xb + 16 + j];
                }
                s += d * Codes.e8m0(exp[r * blocks + b]);
            }
            y[yo + r] = s;
        }
    }

    @Override
    public void fp8Rows(byte[] w, float[] rowScale, int k, float[] x, int xo, float[] y, int yo, int r0, int r1) {
        for (int r = r0; r < r1; r++) {
            float s = 0;
            int o = r * k;
            for (int i = 0; i < k; i++) {
                s += Codes.fp8(w[o + i]) * x[xo + i];
            }
            y[yo + r] = s * rowScale[r];
        }
    }

    @Override
    public void ternaryBlocks(byte[] planes, float[] rowScale, int rows, int k, byte[] tables, float tableScale,
                              float[] y, int yo, int b0, int b1) {
        int pairs = k / 8;
        for (int b = b0; b < b1; b++) {
            for (int lane = 0; lane < 16; lane++) {
                int row = b * 16 + lane;
                if (row >= rows) {
                    break;
                }
                int acc = 0;
                for (int p = 0; p < pairs; p++) {
                    int o = (b * pairs + p) * 32;
                    int plus = planes[o + lane] & 0xff;
                    int minus = planes[o + 16 + lane] & 0xff;
                    int t0 = (2 * p) * 16;
                    int t1 = t0 + 16;
                    acc += tables[t0 + (plus & 15)] + tables[t1 + (plus >> 4)]
                            - tables[t0 + (minus & 15)] - tables[t1 + (minus >> 4)];
                }
                y[yo + row] = acc * tableScale * rowScale[row];
            }
        }
    }
}
