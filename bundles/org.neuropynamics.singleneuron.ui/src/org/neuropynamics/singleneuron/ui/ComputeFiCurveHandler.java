package org.neuropynamics.singleneuron.ui;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;

/** {@code org.neuropynamics.singleneuron.commands.computeFiCurve}: shows the f-I tab and computes the curve. */
public class ComputeFiCurveHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        Views.open(event).computeFiCurve();
        return null;
    }
}
