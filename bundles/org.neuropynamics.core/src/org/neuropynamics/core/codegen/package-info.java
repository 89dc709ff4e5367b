/**
 * Java source generated from the equation AST and compiled with Janino into a
 * {@link org.neuropynamics.core.codegen.CompiledSystem} (vector field, sparse Jacobian, spike rules); large systems
 * are split below the JVM's method size limit (docs/architecture.md, "Code generation of large systems").
 */
package org.neuropynamics.core.codegen;
