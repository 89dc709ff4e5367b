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
            Object instance = instantiate(source);
            SparseJacobian jacobian = new SparseJacobian(system.dimension(), generated.rowStart(),
                    generated.column(), (SparseJacobian.Values) instance);
            return new CompiledSystem((VectorField) instance, jacobian,
                    (org.neuropynamics.core.model.SpikeRule) instance, source);
        });
    }

    private static Object instantiate(String source) {
        Class<?> cls;
        synchronized (CACHE) {
            cls = CACHE.get(source);
        }
        if (cls == null) {
            cls = cook(source);
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

    private static Class<?> cook(String source) {
        SimpleCompiler compiler = new SimpleCompiler();
        // Under OSGi the generated class must see our interfaces through the core bundle's loader.
        compiler.setParentClassLoader(VectorField.class.getClassLoader());
        try {
            compiler.cook(source);
            return compiler.getClassLoader().loadClass(ModelSourceGenerator.CLASS_NAME);
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
