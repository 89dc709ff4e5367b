package org.neuropynamics.bifurcation.continuation;

import org.neuropynamics.core.linalg.DenseLu;
import java.util.Random;

/**
 * Eigenvectors of a real matrix for a purely imaginary eigenvalue {@code i omega}: {@code A q = i omega q}
 * and the adjoint {@code A^T p = -i omega p}, by inverse iteration on the real 2n x 2n form of the complex
 * singular system, normalised as in Kuznetsov's formula: {@code <q, q> = 1}, {@code <p, q> = 1} with
 * {@code <a, b> = conj(a)^T b}, and q rotated so that its real and imaginary parts are orthogonal.
 * Vectors are held as real and imaginary parts.
 */
final class CriticalEigenvectors {

    final double[] qr;
    final double[] qi;
    final double[] pr;
    final double[] pi;

    CriticalEigenvectors(double[][] a, double omega) {
        int n = a.length;
        double[][] at = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                at[i][j] = a[j][i];
            }
        }
        double[] q = nullVector(a, omega);
        double[] pv = nullVector(at, -omega);
        double[] re = new double[n];
        double[] im = new double[n];
        for (int i = 0; i < n; i++) {
            re[i] = q[i];
            im[i] = q[n + i];
        }
        // rotate by exp(i theta) so that Re q is orthogonal to Im q, then scale to unit length
        double theta = 0.5 * Math.atan2(-2 * PseudoArclength.dot(re, im),
                PseudoArclength.dot(re, re) - PseudoArclength.dot(im, im));
        double c = Math.cos(theta);
        double s = Math.sin(theta);
        qr = new double[n];
        qi = new double[n];
        double norm = 0;
        for (int i = 0; i < n; i++) {
            qr[i] = re[i] * c - im[i] * s;
            qi[i] = re[i] * s + im[i] * c;
            norm += qr[i] * qr[i] + qi[i] * qi[i];
        }
        norm = Math.sqrt(norm);
        for (int i = 0; i < n; i++) {
            qr[i] /= norm;
            qi[i] /= norm;
        }
        // <p, q> = conj(p)^T q = (pr.qr + pi.qi) + i (pr.qi - pi.qr); scale p by 1 / conj(<p, q>)
        double[] r = new double[n];
        double[] m = new double[n];
        for (int i = 0; i < n; i++) {
            r[i] = pv[i];
            m[i] = pv[n + i];
        }
        double dre = PseudoArclength.dot(r, qr) + PseudoArclength.dot(m, qi);
        double dim = PseudoArclength.dot(r, qi) - PseudoArclength.dot(m, qr);
        // p / conj(d) = p d / |d|^2
        double d2 = dre * dre + dim * dim;
        pr = new double[n];
        pi = new double[n];
        for (int i = 0; i < n; i++) {
            pr[i] = (r[i] * dre - m[i] * dim) / d2;
            pi[i] = (r[i] * dim + m[i] * dre) / d2;
        }
    }

    /** Real and imaginary parts (stacked) of a null vector of {@code A - i omega I}. */
    private static double[] nullVector(double[][] a, double omega) {
        int n = a.length;
        // (A - i w)(x + i y) = (A x + w y) + i (A y - w x)
        double[][] m = new double[2 * n][2 * n];
        double scale = Math.abs(omega);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                m[i][j] = a[i][j];
                m[n + i][n + j] = a[i][j];
                scale = Math.max(scale, Math.abs(a[i][j]));
            }
            m[i][n + i] = omega;
            m[n + i][i] = -omega;
        }
        double shift = 1e-9 * scale;
        for (int i = 0; i < 2 * n; i++) {
            m[i][i] -= shift;
        }
        DenseLu lu = new DenseLu(m);
        Random random = new Random(12345);
        double[] v = new double[2 * n];
        for (int i = 0; i < v.length; i++) {
            v[i] = random.nextDouble() - 0.5;
        }
        for (int k = 0; k < 3; k++) {
            if (lu.isSingular()) {
                break;
            }
            v = lu.solve(v);
            double norm = PseudoArclength.norm(v);
            for (int i = 0; i < v.length; i++) {
                v[i] /= norm;
            }
        }
        return v;
    }
}
