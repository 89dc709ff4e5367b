/**
 * Single-neuron experiments and their figures: a model with a stimulus ({@code NeuronExperiment}), spike
 * trains and thresholds, f-I curves, and the figures the view, its exports and {@code render} draw.
 */
package org.neuropynamics.singleneuron;
