package org.neuropynamics.stability.ui;

import java.util.List;

/**
 * The library of typed systems (XPPAUT {@code .ode} text): the course's pplane systems and the classic planar
 * systems of a dynamics course. Each sets its window and axes with {@code @ xlo, xhi, ylo, yhi}.
 */
final class ExampleSystems {

    /**
     * An example.
     *
     * @param name shown in the library
     * @param source the {@code .ode} text
     */
    record Example(String name, String source) {
    }

    private ExampleSystems() {
    }

    static List<Example> all() {
        return List.of(
                new Example("Competition (course pplane default)", """
                        # pplane default of the course: two competing/predating species
                        x' = 2*x - x^2 - x*y
                        y' = -y + x*y
                        @ xlo=-0.5, xhi=3, ylo=-0.5, yhi=3
                        """),
                new Example("Quadratic system (course pplane)", """
                        # the course's second pplane example
                        x' = 2*x - y + 3*(x^2 - y^2) + 2*x*y
                        y' = x - 3*y - 3*(x^2 - y^2) + 3*x*y
                        @ xlo=-1.5, xhi=1.5, ylo=-1.5, yhi=1.5
                        """),
                new Example("Izhikevich-like (course pplane)", """
                        # the course's Izhikevich-like pplane example, as typed there
                        x' = 0.04*x^2 + 5*x + 140 - y
                        y' = 0.02*(0.2*x + y)
                        @ xlo=-100, xhi=0, ylo=-40, yhi=40
                        """),
                new Example("Lotka-Volterra", """
                        # predator-prey: a centre at (c/d, a/b) surrounded by closed orbits
                        par a=1, b=1, c=1, d=1
                        x' = a*x - b*x*y
                        y' = -c*y + d*x*y
                        @ xlo=-0.25, xhi=3, ylo=-0.25, yhi=3
                        """),
                new Example("Van der Pol", """
                        # relaxation oscillator; mu = 1: period 6.6633
                        par mu=1
                        x' = y
                        y' = mu*(1 - x^2)*y - x
                        @ xlo=-3, xhi=3, ylo=-4, yhi=4
                        """),
                new Example("Duffing (damped, double well)", """
                        # saddle at the origin, two stable foci at x = +-1; separatrices bound the basins
                        par delta=0.25, alpha=-1, beta=1
                        x' = y
                        y' = -delta*y - alpha*x - beta*x^3
                        @ xlo=-2, xhi=2, ylo=-1.5, yhi=1.5
                        """),
                new Example("FitzHugh-Nagumo", """
                        # cubic v-nullcline, linear w-nullcline; Hopf at I = 0.3313 and 1.4187
                        par a=0.7, b=0.8, tau=12.5, I=0.5
                        v' = v - v^3/3 - w + I
                        w' = (v + a - b*w)/tau
                        @ xlo=-2.1, xhi=2.1, ylo=-2.1, yhi=2.1
                        """),
                new Example("Morris-Lecar", """
                        # Rinzel-Ermentrout form, Hopf parameter set (class II excitability)
                        par I=100, C=20, gCa=4.4, gK=8, gL=2, VCa=120, VK=-84, VL=-60
                        par V1=-1.2, V2=18, V3=2, V4=30, phi=0.04
                        minf(V) = 0.5*(1 + tanh((V - V1)/V2))
                        winf(V) = 0.5*(1 + tanh((V - V3)/V4))
                        V' = (I - gL*(V - VL) - gCa*minf(V)*(V - VCa) - gK*w*(V - VK))/C
                        w' = phi*(winf(V) - w)*cosh((V - V3)/(2*V4))
                        @ xlo=-70, xhi=50, ylo=-0.1, yhi=0.7
                        """),
                new Example("Izhikevich subthreshold plane", """
                        # below the spike cut-off: rest (stable) and threshold (saddle) merge as I grows
                        par a=0.02, b=0.2, I=0
                        v' = 0.04*v^2 + 5*v + 140 - u + I
                        u' = a*(b*v - u)
                        @ xlo=-80, xhi=-40, ylo=-18, yhi=-8
                        """),
                new Example("Hopf normal form", """
                        # supercritical Hopf: a stable cycle of radius sqrt(mu) and period 2 pi/omega for mu > 0
                        par mu=0.5, omega=1
                        x' = mu*x - omega*y - x*(x^2 + y^2)
                        y' = omega*x + mu*y - y*(x^2 + y^2)
                        @ xlo=-1.5, xhi=1.5, ylo=-1.5, yhi=1.5
                        """),
                new Example("Pendulum", """
                        # frictionless pendulum: centres at 2k pi, saddles at (2k+1) pi joined by separatrices
                        par g=1
                        x' = y
                        y' = -g*sin(x)
                        @ xlo=-7, xhi=7, ylo=-3, yhi=3
                        """));
    }
}
