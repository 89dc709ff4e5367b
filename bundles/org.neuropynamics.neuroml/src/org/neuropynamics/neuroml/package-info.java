/**
 * NeuroML 2 and LEMS import and export through hand-written StAX ({@code SafeXml}: no DOCTYPE, no external
 * entities, depth and size limits); see docs/architecture.md, "NeuroML and LEMS".
 */
package org.neuropynamics.neuroml;
