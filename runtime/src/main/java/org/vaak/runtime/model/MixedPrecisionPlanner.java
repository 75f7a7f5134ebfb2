package org.vaak.runtime.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vaak.runtime.SafeTensors;
import org.vaak.runtime.Tensor;
import org.vaak.runtime.quant.WeightFormats;
import org.vaak.runtime.quant.WeightMatrix;

/**
 * Picks a weight format per layer under a size budget. For every weight matrix and every candidate format it
 * quantizes that one matrix, runs the calibration inputs and measures the relative error of the model output
 * against fp32 (the layer's sensitivity). Then, starting from the most accurate choice per layer, it repeatedly
 * applies the change that saves bytes at the smallest error increase per byte until the budget is met, and
 * reports the end-to-end error of the chosen mix.
 */
public final class MixedPrecisionPlanner {
    private MixedPrecisionPlanner() {
    }

    /** One layer's decision. */
    public record Choice(String name, String format, long bytes, double soloError) {
    }

    /** The plan: choices, total weight bytes, the budget, end-to-end relative error, and all measured errors. */
    public record Plan(List<Choice> choices, long bytes, long budget, double error, Map<String, Map<String, Double>> measured) {
        public String report() {
            StringBuilder sb = new StringBuilder();
            sb.append(String.format("| matrix | format | bytes | error alone |%n|---|---|---:|---:|%n"));
            for (Choice c : choices) {
                sb.append(String.format("| %s | %s | %d | %.2e |%n", c.name(), c.format(), c.bytes(), c.soloError()));
            }
            sb.append(String.format("%ntotal %d bytes (budget %d), end-to-end relative error %.3e%n", bytes, budget, error));
            return sb.toString();
        }
    }

    public static Plan plan(SafeTensors fp32, List<Tensor> calibration, long budgetBytes, List<String> formats) {
        Model base = Model.of(fp32, List.of());
        List<float[]> ref = new ArrayList<>();
        for (Tensor x : calibration) {
            ref.add(base.forward(x).data());
        }
        Map<String, WeightMatrix> fp = base.matrices();
        Map<String, Map<String, WeightMatrix>> options = new LinkedHashMap<>();
        Map<String, Map<String, Double>> errors = new LinkedHashMap<>();
        for (Map.Entry<String, WeightMatrix> e : fp.entrySet()) {
            WeightMatrix m = e.getValue();
            float[] w = m.dequantize();
            Map<String, WeightMatrix> opts = new LinkedHashMap<>();
            Map<String, Double> errs = new LinkedHashMap<>();
            for (String f : formats) {
                if (!WeightFormats.fits(f, m.cols())) {
                    continue;
                }
                WeightMatrix q = WeightFormats.quantize(f, w, m.rows(), m.cols());
                opts.put(f, q);
                errs.put(f, error(fp32, Map.of(e.getKey(), q), calibration, ref));
            }
            options.put(e.getKey(), opts);
            errors.put(e.getKey(), errs);
        }
        Map<String, String> pick = new HashMap<>();
        long total = 0;
        for (String name : options.keySet()) {
            String best = null;
            for (String f : options.get(name).keySet()) {
                if (best == null || errors.get(name).get(f) < errors.get(name).get(best)
                        || (errors.get(name).get(f).equals(errors.get(name).get(best))
                        && options.get(name).get(f).storageBytes() < options.get(name).get(best).storageBytes())) {
                    best = f;
                }
            }
            pick.put(name, best);
            total += options.get(name).get(best).storageBytes();
        }
        while (total > budgetBytes) {
            String bestName = null;
            String bestFormat = null;
            double bestRate = Double.MAX_VALUE;
            for (String name : options.keySet()) {
                WeightMatrix cur = options.get(name).get(pick.get(name));
                double curErr = errors.get(name).get(pick.get(name));
                for (Map.Entry<String, WeightMatrix> o : options.get(name).entrySet()) {
                    long saved = cur.storageBytes() - o.getValue().storageBytes();
                    if (saved <= 0) {
                        continue;
                    }
                    double rate = Math.max(0, errors.get(name).get(o.getKey()) - curErr) / saved;
                    if (rate < bestRate) {
                        bestRate = rate;
                        bestName = name;
                        bestFormat = o.getKey();
                    }
                }
            }
            if (bestName == null) {
                throw new IllegalArgumentException("size budget " + budgetBytes + " bytes cannot be met: the smallest formats need "
                        + total + " bytes");
            }
            total -= options.get(bestName).get(pick.get(bestName)).storageBytes() - options.get(bestName).get(bestFormat).storageBytes();
            pick.put(bestName, bestFormat);
        }
        Map<String, WeightMatrix> chosen = new HashMap<>();
        List<Choice> choices = new ArrayList<>();
        for (String name : options.keySet()) {
            WeightMatrix q = options.get(name).get(pick.get(name));
            chosen.put(name, q);
            choices.add(new Choice(name, pick.get(name), q.storageBytes(), errors.get(name).get(pick.get(name))));
        }
        return new Plan(choices, total, budgetBytes, error(fp32, chosen, calibration, ref), errors);
    }

    /** Relative error ||y - ref|| / ||ref|| over all calibration inputs. */
    static double error(SafeTensors fp32, Map<String, WeightMatrix> overrides, List<Tensor> calibration, List<float[]> ref) {
        Model m = Model.of(fp32, List.of(), overrides);
        double num = 0;
        double den = 0;
        for (int i = 0; i < calibration.size(); i++) {
            float[] y = m.forward(calibration.get(i)).data();
            float[] r = ref.get(i);
            for (int j = 0; j < y.length; j++) {
                num += (y[j] - r[j]) * (double) (y[j] - r[j]);
                den += (double) r[j] * r[j];
            }
        }
        return Math.sqrt(num / Math.max(den, 1e-30));
    }
}
