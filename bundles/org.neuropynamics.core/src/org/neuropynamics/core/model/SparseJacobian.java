package org.neuropynamics.core.model;

import java.util.Arrays;

/**
 * A Jacobian stored by its non-zero pattern (compressed rows): row i has the entries
 * {@code rowStart[i] .. rowStart[i+1]-1}, entry k is d f_i / d y_{column[k]}. Large models (thousands of
 * state variables, each coupled to a few others) have a few non-zeros per row, so their Jacobian costs
 * memory and time in proportion to the couplings, not to the square of the dimension. The dense
 * {@link #jacobian} view zeroes the matrix and scatters the values (through a per-thread buffer).
 */
public final class SparseJacobian implements Jacobian {

    /** Writes the values of the non-zero entries, in the pattern's order. */
    @FunctionalInterface
    public interface Values {
        void jacobianValues(double t, double[] y, double[] p, double[] values);
    }

    private final int dimension;
    private final int[] rowStart;
    private final int[] column;
    private final int[] diagonal;
    private final Values values;
    private final ThreadLocal<double[]> buffer;

    /**
     * @param dimension the number of state variables
     * @param rowStart dimension + 1 non-decreasing offsets into {@code column}, from 0 to its length
     * @param column per non-zero, its column, increasing within each row
     * @param values computes the non-zero values
     */
    public SparseJacobian(int dimension, int[] rowStart, int[] column, Values values) {
        if (rowStart.length != dimension + 1 || rowStart[0] != 0 || rowStart[dimension] != column.length) {
            throw new IllegalArgumentException("row offsets do not match the pattern");
        }
        this.dimension = dimension;
        this.rowStart = rowStart.clone();
        this.column = column.clone();
        this.values = values;
        this.diagonal = new int[dimension];
        for (int i = 0; i < dimension; i++) {
            if (rowStart[i + 1] < rowStart[i]) {
                throw new IllegalArgumentException("row offsets decrease at row " + i);
            }
            diagonal[i] = -1;
            for (int k = rowStart[i]; k < rowStart[i + 1]; k++) {
                if (column[k] < 0 || column[k] >= dimension) {
                    throw new IllegalArgumentException("column " + column[k] + " outside 0.." + (dimension - 1));
                }
                if (column[k] == i) {
                    diagonal[i] = k;
                }
            }
        }
        int nnz = column.length;
        this.buffer = ThreadLocal.withInitial(() -> new double[nnz]);
    }

    /** Number of state variables (rows and columns). */
    public int dimension() {
        return dimension;
    }

    /** Number of stored entries. */
    public int nonZeros() {
        return column.length;
    }

    /** Index of the first entry of row i (i may be {@link #dimension()}: the end). */
    public int rowStart(int i) {
        return rowStart[i];
    }

    /** Column of entry k. */
    public int column(int k) {
        return column[k];
    }

    /** Index of the diagonal entry of row i, or -1 when it is structurally zero. */
    public int diagonalEntry(int i) {
        return diagonal[i];
    }

    /** Writes the {@link #nonZeros()} values at (t, y) into {@code out}. */
    public void values(double t, double[] y, double[] p, double[] out) {
        values.jacobianValues(t, y, p, out);
    }

    /** Writes d f_i / d y_i for every i into {@code out}; {@code work} holds {@link #nonZeros()} values. */
    public void diagonal(double t, double[] y, double[] p, double[] work, double[] out) {
        values.jacobianValues(t, y, p, work);
        for (int i = 0; i < dimension; i++) {
            out[i] = diagonal[i] < 0 ? 0.0 : work[diagonal[i]];
        }
    }

    @Override
    public void jacobian(double t, double[] y, double[] p, double[][] jac) {
        double[] v = buffer.get();
        values.jacobianValues(t, y, p, v);
        for (int i = 0; i < dimension; i++) {
            double[] row = jac[i];
            Arrays.fill(row, 0, dimension, 0.0);
            for (int k = rowStart[i]; k < rowStart[i + 1]; k++) {
                row[column[k]] = v[k];
            }
        }
    }
}
