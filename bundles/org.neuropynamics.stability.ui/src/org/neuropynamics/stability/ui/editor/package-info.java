/**
 * The {@code .ode} file editor (JFace Text): colours, problems from the core's parser and binder as
 * annotations, save through {@code OutputFiles}; see docs/architecture.md, "Workbench shell".
 */
package org.neuropynamics.stability.ui.editor;
