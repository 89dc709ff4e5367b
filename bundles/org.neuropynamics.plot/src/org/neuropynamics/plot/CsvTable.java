package org.neuropynamics.plot;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * A table of equally long numeric columns written as CSV (header row, then one row per sample), as the CLI's
 * {@code --csv} does.
 *
 * @param names column names
 * @param columns the columns, as many as names, all equally long
 */
public record CsvTable(List<String> names, List<double[]> columns) {

    /** Validates the shape. */
    public CsvTable {
        names = List.copyOf(names);
        columns = List.copyOf(columns);
        if (names.size() != columns.size()) {
            throw new IllegalArgumentException(names.size() + " names but " + columns.size() + " columns");
        }
        for (double[] c : columns) {
            if (c.length != columns.get(0).length) {
                throw new IllegalArgumentException("columns differ in length");
            }
        }
    }

    /** Number of rows (without the header). */
    public int rows() {
        return columns.isEmpty() ? 0 : columns.get(0).length;
    }

    /** Writes header and rows; numbers in Java's shortest round-trip form. */
    public void write(Writer w) throws IOException {
        w.write(String.join(",", names));
        w.write('\n');
        StringBuilder row = new StringBuilder(128);
        for (int k = 0; k < rows(); k++) {
            row.setLength(0);
            for (int c = 0; c < columns.size(); c++) {
                if (c > 0) {
                    row.append(',');
                }
                row.append(columns.get(c)[k]);
            }
            row.append('\n');
            w.write(row.toString());
        }
    }

    /** The whole table as text (for the clipboard). */
    public String toText() {
        java.io.StringWriter w = new java.io.StringWriter();
        try {
            write(w);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return w.toString();
    }
}
