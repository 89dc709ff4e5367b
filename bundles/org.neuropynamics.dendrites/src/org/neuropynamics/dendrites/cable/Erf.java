package org.neuropynamics.dendrites.cable;

/**
 * The complementary error function to about 1e-15 relative accuracy: a continued fraction for large
 * arguments and the Taylor series of erf for small ones (Abramowitz and Stegun 7.1.5 and 7.1.14).
 */
public final class Erf {

    private Erf() {
    }

    public static double erfc(double x) {
        if (x < 0) {
            return 2 - erfc(-x);
        }
        if (x < 2.5) {
            return 1 - erfSeries(x);
        }
        return continuedFraction(x);
    }

    /** erf(x) = 2 / sqrt(pi) sum (-1)^n x^(2n+1) / (n! (2n+1)). */
    private static double erfSeries(double x) {
        double term = x;
        double sum = x;
        double x2 = x * x;
        for (int n = 1; n < 200; n++) {
            term *= -x2 / n;
            double add = term / (2 * n + 1);
            sum += add;
            if (Math.abs(add) < 1e-17 * Math.abs(sum)) {
                break;
            }
        }
        return 2 / Math.sqrt(Math.PI) * sum;
    }

    /** erfc(x) = exp(-x^2) / sqrt(pi) * 1 / (x + (1/2) / (x + 1 / (x + (3/2) / (x + ...)))), by Lentz. */
    private static double continuedFraction(double x) {
        double tiny = 1e-300;
        double f = x;
        double c = x;
        double d = 0;
        for (int k = 1; k < 500; k++) {
            double a = k / 2.0;
            d = x + a * d;
            d = d == 0 ? tiny : d;
            c = x + a / c;
            c = c == 0 ? tiny : c;
            d = 1 / d;
            double delta = c * d;
            f *= delta;
            if (Math.abs(delta - 1) < 1e-16) {
                break;
            }
        }
        return Math.exp(-x * x) / Math.sqrt(Math.PI) / f;
    }
}
