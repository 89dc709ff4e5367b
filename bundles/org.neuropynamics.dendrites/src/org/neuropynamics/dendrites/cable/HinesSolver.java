package org.neuropynamics.dendrites.cable;

/**
 * Solves the symmetric tree-structured linear system of a compartmental neuron in O(n) without forming a
 * matrix (Hines 1984): compartments in Hines order (parent index below child index), a diagonal, and one
 * off-diagonal entry per compartment coupling it to its parent. An unbranched cable is the tridiagonal
 * (Thomas) case.
 */
final class HinesSolver {

    private HinesSolver() {
    }

    /**
     * Solves in place: on return {@code rhs} holds the solution; {@code diag} is overwritten.
     *
     * @param parent parent of each compartment (-1 for the root, index 0)
     * @param diag diagonal entries
     * @param offDiagonal entry (i, parent(i)) = (parent(i), i); unused for the root
     * @param rhs right-hand side, replaced by the solution
     */
    static void solve(int[] parent, double[] diag, double[] offDiagonal, double[] rhs) {
        int n = diag.length;
        for (int i = n - 1; i > 0; i--) { // eliminate each child into its parent, leaves first
            int p = parent[i];
            double factor = offDiagonal[i] / diag[i];
            diag[p] -= factor * offDiagonal[i];
            rhs[p] -= factor * rhs[i];
        }
        rhs[0] /= diag[0];
        for (int i = 1; i < n; i++) { // back-substitute from the root
            rhs[i] = (rhs[i] - offDiagonal[i] * rhs[parent[i]]) / diag[i];
        }
    }
}
