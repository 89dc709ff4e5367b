package org.neuropynamics.core.analysis;

import java.util.Locale;

/**
 * A (possibly complex) eigenvalue {@code re + i im}. Complex eigenvalues of real matrices come in conjugate
 * pairs, listed with the positive imaginary part first.
 *
 * @param re real part
 * @param im imaginary part
 */
public record Eigenvalue(double re, double im) implements Comparable<Eigenvalue> {

    /** True when the imaginary part is exactly zero. */
    public boolean isReal() {
        return im == 0;
    }

    /** |lambda|. */
    public double modulus() {
        return Math.hypot(re, im);
    }

    /** Descending real part, then descending imaginary part. */
    @Override
    public int compareTo(Eigenvalue o) {
        int c = Double.compare(o.re, re);
        return c != 0 ? c : Double.compare(o.im, im);
    }

    @Override
    public String toString() {
        if (im == 0) {
            return String.format(Locale.ROOT, "%.6g", re);
        }
        return String.format(Locale.ROOT, "%.6g %s %.6gi", re, im < 0 ? "-" : "+", Math.abs(im));
    }
}
