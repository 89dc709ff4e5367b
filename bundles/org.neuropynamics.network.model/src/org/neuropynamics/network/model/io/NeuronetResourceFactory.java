package org.neuropynamics.network.model.io;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.XMLParserPool;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.eclipse.emf.ecore.xmi.impl.XMLParserPoolImpl;

/**
 * Resource factory for {@code .neuronet} files (XMI, UTF-8). Registered for the extension through
 * {@code org.eclipse.emf.ecore.extension_parser}; {@link NetworkFiles} also registers it in its own resource
 * set so that loading works outside OSGi.
 */
public class NeuronetResourceFactory extends XMIResourceFactoryImpl {

    private static final XMLParserPool PARSER_POOL = new XMLParserPoolImpl();
    // EMF caches "no such feature" as a null value: a ConcurrentHashMap refuses nulls (an unknown element then
    // failed with a bare NullPointerException), so a synchronized HashMap
    private static final Map<Object, Object> NAME_TO_FEATURE = Collections.synchronizedMap(new HashMap<>());

    /** The file extension, without the dot. */
    public static final String EXTENSION = "neuronet";

    @Override
    public Resource createResource(URI uri) {
        XMIResourceImpl resource = new XMIResourceImpl(uri);
        resource.getDefaultSaveOptions().put(XMLResource.OPTION_ENCODING, "UTF-8");
        resource.getDefaultSaveOptions().put(XMLResource.OPTION_LINE_WIDTH, 100);
        resource.getDefaultSaveOptions().put(XMLResource.OPTION_SAVE_TYPE_INFORMATION, Boolean.FALSE);
        Map<Object, Object> load = resource.getDefaultLoadOptions();
        load.put(XMLResource.OPTION_RECORD_UNKNOWN_FEATURE, Boolean.FALSE);
        // faster loading: a shared SAX parser pool, a cache of element names to features, references
        // resolved once at the end, and no intrinsic-ID map (networks refer by position, not by ID)
        load.put(XMLResource.OPTION_USE_PARSER_POOL, PARSER_POOL);
        load.put(XMLResource.OPTION_USE_XML_NAME_TO_FEATURE_MAP, NAME_TO_FEATURE);
        load.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
        load.put(XMLResource.OPTION_USE_DEPRECATED_METHODS, Boolean.FALSE);
        resource.setIntrinsicIDToEObjectMap(null);
        return resource;
    }
}
