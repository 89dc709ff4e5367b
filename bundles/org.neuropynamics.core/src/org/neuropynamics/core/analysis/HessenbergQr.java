package org.neuropynamics.core.analysis;

/**
 * The Francis double-shift QR iteration on an upper Hessenberg matrix stored 1-based (EISPACK {@code hqr},
 * Numerical Recipes 11.6), with exceptional shifts after 10 and 20 iterations on one eigenvalue.
 */
final class HessenbergQr {

    private static final int MAX_ITERATIONS = 60;

    private HessenbergQr() {
    }

    /** Francis double-shift QR on an upper Hessenberg matrix (1-based); eigenvalues into wr, wi. */
    static void eigenvalues(double[][] a, int n, double[] wr, double[] wi) {
        double anorm = 0;
        for (int i = 1; i <= n; i++) {
            for (int j = Math.max(i - 1, 1); j <= n; j++) {
                anorm += Math.abs(a[i][j]);
            }
        }
        int nn = n;
        double t = 0;
        double p = 0;
        double q = 0;
        double r = 0;
        double x;
        double y;
        double z;
        double w;
        double s;
        while (nn >= 1) {
            int its = 0;
            int l;
            do {
                for (l = nn; l >= 2; l--) {
                    s = Math.abs(a[l - 1][l - 1]) + Math.abs(a[l][l]);
                    if (s == 0) {
                        s = anorm;
                    }
                    if (Math.abs(a[l][l - 1]) + s == s) {
                        a[l][l - 1] = 0;
                        break;
                    }
                }
                x = a[nn][nn];
                if (l == nn) {
                    wr[nn] = x + t;
                    wi[nn--] = 0;
                } else {
                    y = a[nn - 1][nn - 1];
                    w = a[nn][nn - 1] * a[nn - 1][nn];
                    if (l == nn - 1) {
                        p = 0.5 * (y - x);
                        q = p * p + w;
                        z = Math.sqrt(Math.abs(q));
                        x += t;
                        if (q >= 0) {
                            z = p + Math.copySign(z, p);
                            wr[nn - 1] = wr[nn] = x + z;
                            if (z != 0) {
                                wr[nn] = x - w / z;
                            }
                            wi[nn - 1] = wi[nn] = 0;
                        } else {
                            wr[nn - 1] = wr[nn] = x + p;
                            wi[nn - 1] = -(wi[nn] = z);
                        }
                        nn -= 2;
                    } else {
                        if (its == MAX_ITERATIONS) {
                            throw new ArithmeticException("eigenvalue QR iteration did not converge");
                        }
                        if (its == 10 || its == 20) {
                            // exceptional shift
                            t += x;
                            for (int i = 1; i <= nn; i++) {
                                a[i][i] -= x;
                            }
                            s = Math.abs(a[nn][nn - 1]) + Math.abs(a[nn - 1][nn - 2]);
                            y = x = 0.75 * s;
                            w = -0.4375 * s * s;
                        }
                        ++its;
                        int m;
                        for (m = nn - 2; m >= l; m--) {
                            z = a[m][m];
                            r = x - z;
                            s = y - z;
                            p = (r * s - w) / a[m + 1][m] + a[m][m + 1];
                            q = a[m + 1][m + 1] - z - r - s;
                            r = a[m + 2][m + 1];
                            s = Math.abs(p) + Math.abs(q) + Math.abs(r);
                            p /= s;
                            q /= s;
                            r /= s;
                            if (m == l) {
                                break;
                            }
                            double u = Math.abs(a[m][m - 1]) * (Math.abs(q) + Math.abs(r));
                            double v = Math.abs(p) * (Math.abs(a[m - 1][m - 1]) + Math.abs(z)
                                    + Math.abs(a[m + 1][m + 1]));
                            if (u + v == v) {
                                break;
                            }
                        }
                        for (int i = m + 2; i <= nn; i++) {
                            a[i][i - 2] = 0;
                            if (i != m + 2) {
                                a[i][i - 3] = 0;
                            }
                        }
                        for (int k = m; k <= nn - 1; k++) {
                            if (k != m) {
                                p = a[k][k - 1];
                                q = a[k + 1][k - 1];
                                r = 0;
                                if (k != nn - 1) {
                                    r = a[k + 2][k - 1];
                                }
                                if ((x = Math.abs(p) + Math.abs(q) + Math.abs(r)) != 0) {
                                    p /= x;
                                    q /= x;
                                    r /= x;
                                }
                            }
                            if ((s = Math.copySign(Math.sqrt(p * p + q * q + r * r), p)) != 0) {
                                if (k == m) {
                                    if (l != m) {
                                        a[k][k - 1] = -a[k][k - 1];
                                    }
                                } else {
                                    a[k][k - 1] = -s * x;
                                }
                                p += s;
                                x = p / s;
                                y = q / s;
                                z = r / s;
                                q /= p;
                                r /= p;
                                for (int j = k; j <= nn; j++) {
                                    p = a[k][j] + q * a[k + 1][j];
                                    if (k != nn - 1) {
                                        p += r * a[k + 2][j];
                                        a[k + 2][j] -= p * z;
                                    }
                                    a[k + 1][j] -= p * y;
                                    a[k][j] -= p * x;
                                }
                                int mmin = nn < k + 3 ? nn : k + 3;
                                for (int i = l; i <= mmin; i++) {
                                    p = x * a[i][k] + y * a[i][k + 1];
                                    if (k != nn - 1) {
                                        p += z * a[i][k + 2];
                                        a[i][k + 2] -= p * r;
                                    }
                                    a[i][k + 1] -= p * q;
                                    a[i][k] -= p;
                                }
                            }
                        }
                    }
                }
            } while (l < nn - 1);
        }
    }
}
