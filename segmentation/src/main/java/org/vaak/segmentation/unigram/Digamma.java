package org.vaak.segmentation.unigram;

/** The digamma function (derivative of log Gamma), for positive arguments. */
final class Digamma {
    private Digamma() {
    }

    static double of(double x) {
        if (!(x > 0)) {
            throw new IllegalArgumentException("digamma needs a positive argument, got " + x);
        }
        double r = 0;
        while (x < 7) {
            r -= 1 / x;
            x += 1;
        }
        double f = 1 / (x * x);
        // Asymptotic series: log x - 1/(2x) - 1/(12x^2) + 1/(120x^4) - 1/(252x^6) + 1/(240x^8) - 1/(132x^10)
        double t = f * (-1.0 / 12 + f * (1.0 / 120 + f * (-1.0 / 252 + f * (1.0 / 240 + f * (-1.0 / 132)))));
        return r + Math.log(x) - 0.5 / x + t;
    }
}
