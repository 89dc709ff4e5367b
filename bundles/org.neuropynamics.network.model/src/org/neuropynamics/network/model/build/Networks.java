package org.neuropynamics.network.model.build;

import org.neuropynamics.network.model.AllToAll;
import org.neuropynamics.network.model.Connectivity;
import org.neuropynamics.network.model.Constant;
import org.neuropynamics.network.model.Distribution;
import org.neuropynamics.network.model.ExplicitPairs;
import org.neuropynamics.network.model.FixedInDegree;
import org.neuropynamics.network.model.FixedProbability;
import org.neuropynamics.network.model.FixedTotalNumber;
import org.neuropynamics.network.model.InitialCondition;
import org.neuropynamics.network.model.Network;
import org.neuropynamics.network.model.NetworkFactory;
import org.neuropynamics.network.model.Normal;
import org.neuropynamics.network.model.Pair;
import org.neuropynamics.network.model.ParameterValue;
import org.neuropynamics.network.model.PoissonGroup;
import org.neuropynamics.network.model.Population;
import org.neuropynamics.network.model.Projection;
import org.neuropynamics.network.model.RunSettings;
import org.neuropynamics.network.model.SpikeGenerator;
import org.neuropynamics.network.model.SpikeSource;
import org.neuropynamics.network.model.SpikeTrain;
import org.neuropynamics.network.model.Stdp;
import org.neuropynamics.network.model.StdpRule;
import org.neuropynamics.network.model.SynapseKind;
import org.neuropynamics.network.model.Uniform;

/**
 * Short-hands for building networks in code (examples, tests, the editor's creation tools), so that callers
 * do not repeat the factory calls of the generated API.
 */
public final class Networks {

    private static final NetworkFactory F = NetworkFactory.eINSTANCE;

    private Networks() {
    }

    /** An empty network with run settings. */
    public static Network network(String name, double durationMs, double dtMs, String method, long seed) {
        Network n = F.createNetwork();
        n.setName(name);
        RunSettings run = F.createRunSettings();
        run.setDuration(durationMs);
        run.setDt(dtMs);
        run.setMethod(method);
        run.setSeed(seed);
        n.setRun(run);
        return n;
    }

    /** Adds a population; {@code parameters} alternate names and values, e.g. {@code "tau", 20.0}. */
    public static Population population(Network n, String name, int size, String modelId, Object... parameters) {
        Population p = F.createPopulation();
        p.setName(name);
        p.setSize(size);
        p.setModelId(modelId);
        for (int i = 0; i + 1 < parameters.length; i += 2) {
            setParameter(p, (String) parameters[i], ((Number) parameters[i + 1]).doubleValue());
        }
        n.getPopulations().add(p);
        return p;
    }

    /** Sets (or adds) a parameter value of a population. */
    public static void setParameter(Population p, String name, double value) {
        for (ParameterValue v : p.getParameters()) {
            if (name.equals(v.getName())) {
                v.setValue(value);
                return;
            }
        }
        ParameterValue v = F.createParameterValue();
        v.setName(name);
        v.setValue(value);
        p.getParameters().add(v);
    }

    /** Sets the initial value of a state variable of every neuron of a population. */
    public static void initial(Population p, String variable, Distribution value) {
        InitialCondition c = F.createInitialCondition();
        c.setVariable(variable);
        c.setValue(value);
        p.getInitialConditions().add(c);
    }

    /** Adds a Poisson group. */
    public static PoissonGroup poisson(Network n, String name, int size, double rateHz) {
        PoissonGroup g = F.createPoissonGroup();
        g.setName(name);
        g.setSize(size);
        g.setRate(rateHz);
        n.getInputs().add(g);
        return g;
    }

    /** Adds a spike generator; {@code times[i]} are the spike times (ms) of neuron i. */
    public static SpikeGenerator generator(Network n, String name, double[]... times) {
        SpikeGenerator g = F.createSpikeGenerator();
        g.setName(name);
        g.setSize(times.length);
        for (int i = 0; i < times.length; i++) {
            SpikeTrain t = F.createSpikeTrain();
            t.setNeuron(i);
            for (double x : times[i]) {
                t.getTimes().add(x);
            }
            g.getTrains().add(t);
        }
        n.getInputs().add(g);
        return g;
    }

    /** Adds a projection. */
    public static Projection project(Network n, SpikeSource source, Population target, Connectivity c,
            Distribution weight, Distribution delay, SynapseKind kind) {
        Projection p = F.createProjection();
        p.setName(source.getName() + " -> " + target.getName());
        p.setSource(source);
        p.setTarget(target);
        p.setConnectivity(c);
        p.setWeight(weight);
        p.setDelay(delay);
        p.setSynapse(kind);
        n.getProjections().add(p);
        return p;
    }

    /** Makes the projection plastic: pair-based STDP with these constants (ms, weight units), weights recorded. */
    public static Stdp stdp(Projection p, StdpRule rule, double tauPlus, double tauMinus, double aPlus, double aMinus,
            double wMax) {
        Stdp s = F.createStdp();
        s.setRule(rule);
        s.setTauPlus(tauPlus);
        s.setTauMinus(tauMinus);
        s.setAPlus(aPlus);
        s.setAMinus(aMinus);
        s.setWMax(wMax);
        p.setPlasticity(s);
        return s;
    }

    public static Constant constant(double v) {
        Constant c = F.createConstant();
        c.setValue(v);
        return c;
    }

    public static Uniform uniform(double low, double high) {
        Uniform u = F.createUniform();
        u.setLow(low);
        u.setHigh(high);
        return u;
    }

    public static Normal normal(double mean, double std) {
        Normal u = F.createNormal();
        u.setMean(mean);
        u.setStd(std);
        return u;
    }

    public static AllToAll allToAll() {
        return F.createAllToAll();
    }

    public static Connectivity oneToOne() {
        return F.createOneToOne();
    }

    public static FixedProbability fixedProbability(double p) {
        FixedProbability c = F.createFixedProbability();
        c.setProbability(p);
        return c;
    }

    public static FixedInDegree fixedInDegree(int k) {
        FixedInDegree c = F.createFixedInDegree();
        c.setInDegree(k);
        return c;
    }

    public static FixedTotalNumber fixedTotalNumber(int number) {
        FixedTotalNumber c = F.createFixedTotalNumber();
        c.setNumber(number);
        return c;
    }

    /** Explicit pairs; {@code pairs} alternate source and target indices. */
    public static ExplicitPairs pairs(int... pairs) {
        ExplicitPairs c = F.createExplicitPairs();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            Pair p = F.createPair();
            p.setSource(pairs[i]);
            p.setTarget(pairs[i + 1]);
            c.getPairs().add(p);
        }
        return c;
    }
}
