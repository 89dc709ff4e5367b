/**
 * Example networks and the templates of File &gt; New &gt; Network.
 */
package org.neuropynamics.network.examples;
