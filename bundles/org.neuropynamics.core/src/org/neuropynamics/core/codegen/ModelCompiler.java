package org.neuropynamics.core.codegen;

import java.util.LinkedHashMap;
import java.util.Map;

import org.codehaus.commons.compiler.CompileException;
import org.codehaus.janino.SimpleCompiler;
import org.neuropynamics.core.equations.EquationException;
import org.neuropynamics.core.equations.EquationSystem;
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
     * @throws EquationException when the generated code cannot be compiled (e.g. a model so large that a
     *             method exceeds the JVM's 64 KB limit)
     */
    public static CompiledSystem compile(EquationSystem system) {
        return LargeStack.call(() -> {
            String source = ModelSourceGenerator.generate(system);
            Object instance = instantiate(source);
            return new CompiledSystem((VectorField) instance, (org.neuropynamics.core.model.Jacobian) instance,
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
            throw new EquationException(0, 0, "the equations could not be compiled: " + e.getMessage());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("generated class not found", e);
        } catch (StackOverflowError e) {
            throw new EquationException(0, 0, "the equations are nested too deeply to compile");
        }
    }
}
