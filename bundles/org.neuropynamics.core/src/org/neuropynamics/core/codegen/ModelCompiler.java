package org.neuropynamics.core.codegen;

import java.util.LinkedHashMap;
import java.util.Map;

import org.codehaus.commons.compiler.CompileException;
import org.codehaus.janino.SimpleCompiler;
import org.neuropynamics.core.equations.EquationException;
import org.neuropynamics.core.equations.EquationSystem;
import org.neuropynamics.core.model.SparseJacobian;
import org.neuropynamics.core.model.VectorField;

/**
 * Compiles an {@link EquationSystem} to bytecode with Janino. Compiled classes are cached by their
 * generated source (which is a function of the bound trees only), so loading the same model twice
 * compiles once.
 */
public final class ModelCompiler {

    private static final int CACHE_SIZE = 64;
    private static final Map<String, Class<?>> CACHE = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Class<?>> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    private ModelCompiler() {
    }

    /**
     * Generates and compiles the system.
     *
     * @throws EquationException when the generated code cannot be compiled (e.g. one equation so large
     *             that its code alone exceeds the JVM's 64 KB method limit; larger systems are split)
     */
    public static CompiledSystem compile(EquationSystem system) {
        return LargeStack.call(() -> {
            ModelSourceGenerator.Generated generated = ModelSourceGenerator.generateWithPattern(system);
            String source = generated.source();
            Object instance = instantiate(source, ModelSourceGenerator.CLASS_NAME);
            SparseJacobian.Values values = generated.jacobianSource() == null ? (SparseJacobian.Values) instance
                    : new DeferredJacobian(generated.jacobianSource());
            SparseJacobian jacobian = new SparseJacobian(system.dimension(), generated.rowStart(),
                    generated.column(), values);
            String all = generated.jacobianSource() == null ? source : source + "\n" + generated.jacobianSource();
            return new CompiledSystem((VectorField) instance, jacobian,
                    (org.neuropynamics.core.model.SpikeRule) instance, all);
        });
    }

    /**
     * The Jacobian class of a large system, compiled on a thread of its own from the moment the model is
     * compiled: the model can be integrated meanwhile (simulations do not need the Jacobian), and the first
     * Jacobian evaluation waits for the compilation. A compilation failure is rethrown at that first use.
     */
    private static final class DeferredJacobian implements SparseJacobian.Values {

        private final java.util.concurrent.FutureTask<SparseJacobian.Values> task;
        private volatile SparseJacobian.Values values;

        DeferredJacobian(String source) {
            task = new java.util.concurrent.FutureTask<>(
                    () -> (SparseJacobian.Values) instantiate(source, ModelSourceGenerator.JACOBIAN_CLASS_NAME));
            Thread worker = new Thread(null, task, "neuropynamics-jacobian", LargeStack.STACK_BYTES);
            worker.setDaemon(true);
            worker.start();
        }

        @Override
        public void jacobianValues(double t, double[] y, double[] p, double[] out) {
            SparseJacobian.Values v = values;
            if (v == null) {
                v = await();
            }
            v.jacobianValues(t, y, p, out);
        }

        private SparseJacobian.Values await() {
            try {
                values = task.get();
                return values;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while compiling the Jacobian", e);
            } catch (java.util.concurrent.ExecutionException e) {
                if (e.getCause() instanceof RuntimeException re) {
                    throw re;
                }
                if (e.getCause() instanceof Error err) {
                    throw err;
                }
                throw new IllegalStateException(e.getCause());
            }
        }
    }

    private static Object instantiate(String source, String className) {
        Class<?> cls;
        synchronized (CACHE) {
            cls = CACHE.get(source);
        }
        if (cls == null) {
            cls = cook(source, className);
            synchronized (CACHE) {
                CACHE.put(source, cls);
            }
        }
        try {
            return cls.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot instantiate generated model", e);
        }
    }

    private static Class<?> cook(String source, String className) {
        SimpleCompiler compiler = new SimpleCompiler();
        // Under OSGi the generated class must see our interfaces through the core bundle's loader.
        compiler.setParentClassLoader(VectorField.class.getClassLoader());
        try {
            compiler.cook(source);
            return compiler.getClassLoader().loadClass(className);
        } catch (CompileException e) {
            String why = e.getMessage() == null ? "" : e.getMessage();
            if (why.contains("too large") || why.contains("65535") || why.contains("64 KB")
                    || why.contains("constant pool")) {
                throw new EquationException(0, 0, "an equation is too large to compile (its code exceeds the"
                        + " Java virtual machine's 64 KB method limit); split it with fixed quantities");
            }
            throw new EquationException(0, 0, "the equations could not be compiled: " + why);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("generated class not found", e);
        } catch (StackOverflowError e) {
            throw new EquationException(0, 0, "the equations are nested too deeply to compile");
        }
    }
}
