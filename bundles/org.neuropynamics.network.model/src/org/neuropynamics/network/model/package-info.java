/**
 * The EMF model of networks ({@code model/network.ecore}): populations, projections, inputs, monitors and run
 * settings as interfaces generated into {@code src-gen} by {@code releng/network-codegen}, with the hand-written
 * {@code build} and {@code io} packages beside them. This file is hand-written (in {@code src}, not {@code src-gen},
 * so that the generator's check of {@code src-gen} stays exact).
 */
package org.neuropynamics.network.model;
