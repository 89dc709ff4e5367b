package org.neuropynamics.bifurcation.continuation;

import org.neuropynamics.core.linalg.DenseLu;

/**
 * The first Lyapunov coefficient of a Hopf point by Kuznetsov's invariant formula (Elements of Applied
 * Bifurcation Theory, 3rd ed., eq. 3.20):
 * <pre>
 * l1 = Re( &lt;p, C(q,q,conj q)&gt; - 2 &lt;p, B(q, A^-1 B(q, conj q))&gt; + &lt;p, B(conj q, (2 i w - A)^-1 B(q,q))&gt; ) / (2 w)
 * </pre>
 * with {@code A q = i w q}, {@code A^T p = -i w p}, {@code <q, q> = 1}, {@code <p, q> = 1}: {@code Re c1 / w}
 * for the restriction {@code z' = i w z + c1 z|z|^2} to the centre manifold in the coordinate
 * {@code x = z q + conj(z q)}. This is the l1 of Kuznetsov's book and of COCO's {@code lyapunov} monitor;
 * MatCont's {@code nf_H} reports {@code Re c1 = w l1} ({@code real(p0'*h21)/2}, no division by w). Its value
 * depends on the linear coordinates (in {@code x = M xi} it is divided
 * by {@code |M q|^2}), its sign does not: negative means supercritical (a stable cycle of amplitude
 * ~ sqrt(mu) is born), positive subcritical. For {@code x' = mu x - w y + s x r^2, y' = w x + mu y + s y r^2}
 * it is {@code 2 s / w}; in general, with a rotation as linear part, {@code 2 a / w} with Guckenheimer and
 * Holmes' coefficient a of {@code r' = a r^3} (tested in FirstLyapunovCoefficientTest).
 */
public final class FirstLyapunovCoefficient {

    private FirstLyapunovCoefficient() {
    }

    /**
     * @param system the system
     * @param x the equilibrium at the Hopf point
     * @param p the parameter value of the Hopf point
     * @param omega the imaginary part of the critical eigenvalue (&gt; 0)
     */
    public static double compute(ParameterizedSystem system, double[] x, double p, double omega) {
        double[][] a = system.stateJacobian(x, p);
        CriticalEigenvectors ev = new CriticalEigenvectors(a, omega);
        MultilinearForms forms = new MultilinearForms(system, x, p, system.model().jacobian() != null);
        int n = x.length;
        double[] qr = ev.qr;
        double[] qi = ev.qi;
        // B(q, conj q) and A^-1 of it
        double[] bqqbar = add(forms.second(qr, qr), forms.second(qi, qi), 1);
        DenseLu lu = new DenseLu(a);
        if (lu.isSingular()) {
            return Double.NaN;
        }
        double[] h11 = lu.solve(bqqbar);
        // B(q, q) = B(a,a) - B(b,b) + 2 i B(a,b), h20 = (2 i w - A)^-1 B(q, q)
        double[] bqqRe = add(forms.second(qr, qr), forms.second(qi, qi), -1);
        double[] bqqIm = scale(forms.second(qr, qi), 2);
        double[][] m = new double[2 * n][2 * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                m[i][j] = -a[i][j];
                m[n + i][n + j] = -a[i][j];
            }
            m[i][n + i] = -2 * omega;
            m[n + i][i] = 2 * omega;
        }
        double[] rhs = new double[2 * n];
        System.arraycopy(bqqRe, 0, rhs, 0, n);
        System.arraycopy(bqqIm, 0, rhs, n, n);
        double[] h20 = new DenseLu(m).solve(rhs);
        double[] hr = java.util.Arrays.copyOfRange(h20, 0, n);
        double[] hi = java.util.Arrays.copyOfRange(h20, n, 2 * n);
        // C(q,q,conj q) = [C(a,a,a) + C(a,b,b)] + i [C(a,a,b) + C(b,b,b)]
        double[] cRe = add(forms.third(qr, qr, qr), forms.third(qr, qi, qi), 1);
        double[] cIm = add(forms.third(qr, qr, qi), forms.third(qi, qi, qi), 1);
        // B(q, h11) = B(a, h11) + i B(b, h11)
        double[] b1Re = forms.second(qr, h11);
        double[] b1Im = forms.second(qi, h11);
        // B(conj q, h20) = B(a,hr) + B(b,hi) + i (B(a,hi) - B(b,hr))
        double[] b2Re = add(forms.second(qr, hr), forms.second(qi, hi), 1);
        double[] b2Im = add(forms.second(qr, hi), forms.second(qi, hr), -1);
        double[] vRe = new double[n];
        double[] vIm = new double[n];
        for (int i = 0; i < n; i++) {
            vRe[i] = cRe[i] - 2 * b1Re[i] + b2Re[i];
            vIm[i] = cIm[i] - 2 * b1Im[i] + b2Im[i];
        }
        // Re <p, v> = Re (conj p)^T v = pr.vRe + pi.vIm
        double re = PseudoArclength.dot(ev.pr, vRe) + PseudoArclength.dot(ev.pi, vIm);
        return re / (2 * omega);
    }

    private static double[] add(double[] a, double[] b, double sign) {
        double[] r = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            r[i] = a[i] + sign * b[i];
        }
        return r;
    }

    private static double[] scale(double[] a, double c) {
        double[] r = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            r[i] = a[i] * c;
        }
        return r;
    }
}
