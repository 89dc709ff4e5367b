/**
 * {@code .neuronet} files: loading with problems named by element and line, saving through
 * {@code core.io.OutputFiles}, and {@code LocalReferences}, which refuses any reference outside the document
 * (docs/architecture.md, "Files: what is read and how outputs are written").
 */
package org.neuropynamics.network.model.io;
