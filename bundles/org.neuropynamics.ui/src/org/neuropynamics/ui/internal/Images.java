package org.neuropynamics.ui.internal;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.plugin.AbstractUIPlugin;

/** Image descriptors of this bundle's icons. */
final class Images {

    static final String BUNDLE_ID = "org.neuropynamics.ui";

    private Images() {
    }

    static ImageDescriptor descriptor(String path) {
        return AbstractUIPlugin.imageDescriptorFromPlugin(BUNDLE_ID, path);
    }
}
