package org.neuropynamics.core.codegen;

import org.neuropynamics.core.model.Jacobian;
import org.neuropynamics.core.model.SpikeRule;
import org.neuropynamics.core.model.VectorField;

/**
 * The compiled code of an equation system: one instance of a generated class that implements the three
 * interfaces (the spike rule is meaningful only when the system has an event).
 *
 * @param field the right-hand side
 * @param jacobian the symbolic Jacobian
 * @param spikeRule the threshold/reset event
 * @param javaSource the generated source, for inspection and debugging
 */
public record CompiledSystem(VectorField field, Jacobian jacobian, SpikeRule spikeRule, String javaSource) {
}
