/**
 * The EMF implementation classes of the network model (generated into {@code src-gen}; this file is
 * hand-written in {@code src}).
 */
package org.neuropynamics.network.model.impl;
