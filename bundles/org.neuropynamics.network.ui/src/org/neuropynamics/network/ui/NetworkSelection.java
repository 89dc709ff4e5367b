package org.neuropynamics.network.ui;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;

/** The editor's selection provider: the elements selected on the canvas, for the Properties view. */
final class NetworkSelection implements ISelectionProvider {

    private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();
    private ISelection selection = StructuredSelection.EMPTY;

    @Override
    public void addSelectionChangedListener(ISelectionChangedListener l) {
        listeners.add(l);
    }

    @Override
    public void removeSelectionChangedListener(ISelectionChangedListener l) {
        listeners.remove(l);
    }

    @Override
    public ISelection getSelection() {
        return selection;
    }

    @Override
    public void setSelection(ISelection s) {
        selection = s;
        SelectionChangedEvent e = new SelectionChangedEvent(this, s);
        for (ISelectionChangedListener l : listeners) {
            l.selectionChanged(e);
        }
    }

    void set(ISelection s) {
        setSelection(s);
    }

    /**
     * The workbench selection of canvas elements (primary last): the primary element first, so that the
     * Properties view shows its values among the properties the elements share.
     */
    static StructuredSelection of(List<EObject> elements) {
        if (elements.isEmpty()) {
            return StructuredSelection.EMPTY;
        }
        List<EObject> ordered = new ArrayList<>(elements.size());
        ordered.add(elements.get(elements.size() - 1));
        ordered.addAll(elements.subList(0, elements.size() - 1));
        return new StructuredSelection(ordered);
    }
}
