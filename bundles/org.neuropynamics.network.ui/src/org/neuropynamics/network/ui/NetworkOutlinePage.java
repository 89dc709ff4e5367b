package org.neuropynamics.network.ui;

import java.util.Collection;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;
import org.neuropynamics.network.model.Network;

/**
 * The Outline of a network: a tree of its populations, inputs, projections, monitors and their parts, with
 * the texts of the EMF.Edit item providers; refreshed on every model change; its selection is the
 * selection of the workbench part (the Properties view follows it, the editor selects the node).
 */
public final class NetworkOutlinePage extends ContentOutlinePage {

    private final Network network;
    private final AdapterFactory factory;
    private final EContentAdapter refresher = new EContentAdapter() {
        @Override
        public void notifyChanged(Notification n) {
            super.notifyChanged(n);
            TreeViewer v = getTreeViewer();
            if (v != null && !v.getControl().isDisposed() && !n.isTouch()) {
                v.getControl().getDisplay().asyncExec(() -> {
                    if (!v.getControl().isDisposed()) {
                        v.refresh();
                    }
                });
            }
        }
    };

    private Runnable created = () -> { };

    NetworkOutlinePage(Network network, AdapterFactory factory) {
        this.network = network;
        this.factory = factory;
    }

    @Override
    public void createControl(Composite parent) {
        super.createControl(parent);
        TreeViewer viewer = getTreeViewer();
        viewer.setContentProvider(new ItemContent());
        viewer.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                IItemLabelProvider l = (IItemLabelProvider) factory.adapt(element, IItemLabelProvider.class);
                return l != null ? l.getText(element) : String.valueOf(element);
            }
        });
        viewer.setInput(new Object[] {network});
        viewer.expandToLevel(2);
        network.eAdapters().add(refresher);
        created.run();
    }

    /** Runs {@code r} once the tree exists (to show the editor's present selection in it). */
    void onCreated(Runnable r) {
        created = r;
    }

    @Override
    public void dispose() {
        network.eAdapters().remove(refresher);
        super.dispose();
    }

    /** Children from the item providers' {@link ITreeItemContentProvider}. */
    private final class ItemContent implements ITreeContentProvider {

        @Override
        public Object[] getElements(Object input) {
            return (Object[]) input;
        }

        @Override
        public Object[] getChildren(Object parent) {
            ITreeItemContentProvider p = (ITreeItemContentProvider) factory.adapt(parent,
                    ITreeItemContentProvider.class);
            Collection<?> c = p == null ? java.util.List.of() : p.getChildren(parent);
            return c.stream().filter(EObject.class::isInstance).toArray();
        }

        @Override
        public Object getParent(Object element) {
            return element instanceof EObject e ? e.eContainer() : null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return getChildren(element).length > 0;
        }
    }
}
