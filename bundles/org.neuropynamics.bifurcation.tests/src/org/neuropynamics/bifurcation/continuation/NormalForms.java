package org.neuropynamics.bifurcation.continuation;

import org.neuropynamics.core.model.Model;

/** Systems with known bifurcations, written inline for the continuation tests. */
final class NormalForms {

    private NormalForms() {
    }

    /** Saddle-node normal form x' = mu - x^2: a fold at mu = 0, x = 0. */
    static Model fold() {
        return Model.builder("fold")
                .variable("x", "", "")
                .parameter("mu", "", 1, -2, 2, 0.01, "")
                .field((t, y, p, d) -> d[0] = p[0] - y[0] * y[0])
                .initialState(1)
                .currentParameter(null)
                .build();
    }

    /**
     * Hopf normal form in Cartesian coordinates, x' = mu x - w y + s x r^2, y' = w x + mu y + s y r^2: a Hopf
     * point at mu = 0 with l1 = 2 s / w (Kuznetsov's formula with |q| = 1); for s = -1 stable cycles r = sqrt(mu) (mu &gt; 0), for s = 1 unstable
     * cycles r = sqrt(-mu) (mu &lt; 0), period 2 pi / w. Parameters mu, w, s.
     */
    static Model hopf(double s, double omega) {
        return Model.builder("hopf")
                .variable("x", "", "")
                .variable("y", "", "")
                .parameter("mu", "", -1, -2, 2, 0.01, "")
                .parameter("w", "", omega, 0, 10, 0.1, "")
                .parameter("s", "", s, -1, 1, 1, "")
                .field((t, y, p, d) -> {
                    double r2 = y[0] * y[0] + y[1] * y[1];
                    d[0] = p[0] * y[0] - p[1] * y[1] + p[2] * y[0] * r2;
                    d[1] = p[1] * y[0] + p[0] * y[1] + p[2] * y[1] * r2;
                })
                .initialState(0, 0)
                .currentParameter(null)
                .build();
    }

    /** FitzHugh-Nagumo (reference README: a 0.7, b 0.8, tau 12.5) with parameters a, b, tau, I. */
    static Model fitzHughNagumo() {
        return Model.builder("fitzhugh-nagumo")
                .variable("v", "", "")
                .variable("w", "", "")
                .parameter("a", "", 0.7, 0, 1, 0.01, "")
                .parameter("b", "", 0.8, 0.5, 1.5, 0.01, "")
                .parameter("tau", "", 12.5, 0.01, 20, 0.01, "")
                .parameter("I", "", 0, 0, 3, 0.01, "")
                .field((t, y, p, d) -> {
                    d[0] = y[0] - y[0] * y[0] * y[0] / 3 - y[1] + p[3];
                    d[1] = (y[0] + p[0] - p[1] * y[1]) / p[2];
                })
                .initialState(-1.2, -0.62)
                .build();
    }
}
