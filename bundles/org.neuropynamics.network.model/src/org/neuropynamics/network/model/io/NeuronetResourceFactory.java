package org.neuropynamics.network.model.io;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

/**
 * Resource factory for {@code .neuronet} files (XMI, UTF-8). Registered for the extension through
 * {@code org.eclipse.emf.ecore.extension_parser}; {@link NetworkFiles} also registers it in its own resource
 * set so that loading works outside OSGi.
 */
public class NeuronetResourceFactory extends XMIResourceFactoryImpl {

    /** The file extension, without the dot. */
    public static final String EXTENSION = "neuronet";

    @Override
    public Resource createResource(URI uri) {
        XMIResourceImpl resource = new XMIResourceImpl(uri);
        resource.getDefaultSaveOptions().put(XMLResource.OPTION_ENCODING, "UTF-8");
        resource.getDefaultSaveOptions().put(XMLResource.OPTION_LINE_WIDTH, 100);
        resource.getDefaultSaveOptions().put(XMLResource.OPTION_SAVE_TYPE_INFORMATION, Boolean.FALSE);
        resource.getDefaultLoadOptions().put(XMLResource.OPTION_RECORD_UNKNOWN_FEATURE, Boolean.FALSE);
        return resource;
    }
}
