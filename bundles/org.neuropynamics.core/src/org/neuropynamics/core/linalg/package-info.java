/**
 * The one dense LU decomposition ({@link org.neuropynamics.core.linalg.DenseLu}); the caller's pivot tolerance
 * decides singularity (docs/architecture.md, "One of each numerical building block").
 */
package org.neuropynamics.core.linalg;
