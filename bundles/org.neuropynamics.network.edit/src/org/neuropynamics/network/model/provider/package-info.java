/**
 * EMF.Edit item providers of the network model for the Properties view and the Outline (generated into
 * {@code src-gen} by {@code releng/network-codegen}; this file is hand-written in {@code src}, so that the
 * generator's check of {@code src-gen} stays exact).
 */
package org.neuropynamics.network.model.provider;
