package org.neuropynamics.neuroml;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceFactoryImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.neuropynamics.core.io.InputFiles;
import org.neuropynamics.network.model.Network;
import org.neuropynamics.network.model.io.NeuronetResourceFactory;

/**
 * EMF resources for NeuroML 2 ({@code .nml}) and LEMS ({@code .xml}) files, registered for those extensions
 * (plugin.xml), so that the network editor opens them through {@code NetworkFiles.load} like a
 * {@code .neuronet}. Loading goes through {@link SafeXml} and {@link NeuroMLImport}; saving writes the NeuroML
 * document for {@code .nml}, refuses to overwrite a LEMS file (its displays and outputs are the author's),
 * and after Save As to a {@code .neuronet} writes our own format.
 */
public final class NeuroMLResourceFactory extends ResourceFactoryImpl {

    @Override
    public Resource createResource(URI uri) {
        return new NeuroMLResource(uri);
    }

    static final class NeuroMLResource extends ResourceImpl {

        NeuroMLResource(URI uri) {
            super(uri);
        }

        private Path path() {
            URI u = getURI();
            return u != null && u.isFile() ? Path.of(u.toFileString()) : Path.of(u == null ? "network.nml" : u.lastSegment());
        }

        @Override
        protected void doLoad(InputStream in, Map<?, ?> options) throws IOException {
            Path file = path();
            String text = InputFiles.decode(in.readAllBytes(), file.getFileName().toString());
            Network network = NeuroMLImport.load(SafeXml.parse(text, file), file).network();
            getContents().add(network);
        }

        @Override
        protected void doSave(OutputStream out, Map<?, ?> options) throws IOException {
            if (getContents().isEmpty() || !(getContents().get(0) instanceof Network network)) {
                throw new IOException("nothing to save");
            }
            String name = getURI() == null ? "" : String.valueOf(getURI().lastSegment());
            if (name.endsWith("." + NeuronetResourceFactory.EXTENSION)) {
                Resource xmi = new NeuronetResourceFactory().createResource(getURI());
                xmi.getContents().add(EcoreUtil.copy(network));
                xmi.save(out, options);
            } else if (name.endsWith(".nml")) {
                out.write(NeuroMLExport.documentText(network).getBytes(StandardCharsets.UTF_8));
            } else {
                throw new IOException(name + " is a LEMS file written by its author and is not overwritten; use Save As "
                        + "(.neuronet) or export --to neuroml");
            }
        }
    }
}
