package org.neuropynamics.dendrites.cable;

/**
 * The compartments of a neuron as a tree in Hines order (every parent before its children, compartment 0
 * the root): each compartment's parent, membrane area, axial conductance to its parent and position.
 * Built here as an optional cylindrical soma plus one unbranched dendrite cut into N equal compartments,
 * connected as NEURON connects {@code dend(0)} to {@code soma(1)}: the coupling resistance is half the
 * soma's length plus half the first dendritic compartment. The dendrite's far end is sealed.
 */
public final class Morphology {

    private final int[] parent;
    private final double[] area;
    private final double[] axialConductance;
    private final double[] position;
    private final boolean hasSoma;
    private final double dendriteLength;
    private final double dendriteDiameter;

    private Morphology(int[] parent, double[] area, double[] axialConductance, double[] position, boolean hasSoma,
            double dendriteLength, double dendriteDiameter) {
        this.parent = parent;
        this.area = area;
        this.axialConductance = axialConductance;
        this.position = position;
        this.hasSoma = hasSoma;
        this.dendriteLength = dendriteLength;
        this.dendriteDiameter = dendriteDiameter;
    }

    /**
     * A soma (cylinder of the given length and diameter, um; length 0 for none) and a dendrite of
     * {@code compartments} equal cylinders.
     *
     * @param somaLength soma length in um (0: no soma, the dendrite's x = 0 end is sealed)
     * @param somaDiameter soma diameter in um
     * @param length dendrite length in um
     * @param diameter dendrite diameter in um
     * @param compartments number of dendritic compartments (at least 1)
     * @param ra axial resistivity, Ohm cm
     */
    public static Morphology somaAndDendrite(double somaLength, double somaDiameter, double length,
            double diameter, int compartments, double ra) {
        if (compartments < 1) {
            throw new IllegalArgumentException("the dendrite needs at least one compartment, got " + compartments);
        }
        if (!(length > 0) || !(diameter > 0) || !(ra > 0) || !(somaLength >= 0)
                || somaLength > 0 && !(somaDiameter > 0)) {
            throw new IllegalArgumentException("dendrite length " + length + " um, diameter " + diameter
                    + " um, Ra " + ra + " Ohm cm and soma " + somaLength + " x " + somaDiameter
                    + " um must be positive (soma length 0 for no soma)");
        }
        boolean soma = somaLength > 0;
        int offset = soma ? 1 : 0;
        int n = compartments + offset;
        int[] parent = new int[n];
        double[] area = new double[n];
        double[] g = new double[n];
        double[] x = new double[n];
        double dx = length / compartments;
        parent[0] = -1;
        if (soma) {
            area[0] = Math.PI * somaDiameter * somaLength * 1e-8;
            x[0] = 0;
        }
        for (int i = 0; i < compartments; i++) {
            int c = i + offset;
            parent[c] = c - 1;
            area[c] = Math.PI * diameter * dx * 1e-8;
            x[c] = (i + 0.5) * dx;
            if (c > 0) {
                double r = cylinderResistance(dx / 2, diameter, ra);
                r += i == 0 ? cylinderResistance(somaLength / 2, somaDiameter, ra)
                        : cylinderResistance(dx / 2, diameter, ra);
                g[c] = 1e3 / r; // Ohm -> mS
            }
        }
        return new Morphology(parent, area, g, x, soma, length, diameter);
    }

    /** Axial resistance (Ohm) of a cylinder of length and diameter in um. */
    private static double cylinderResistance(double lengthUm, double diameterUm, double ra) {
        double d = diameterUm * 1e-4;
        return 4 * ra * lengthUm * 1e-4 / (Math.PI * d * d);
    }

    /** The parent array (shared; read-only) for the solver. */
    int[] parentArray() {
        return parent;
    }

    /** Number of compartments. */
    public int size() {
        return parent.length;
    }

    /** The parent of compartment i, -1 for the root. */
    public int parent(int i) {
        return parent[i];
    }

    /** Membrane area of compartment i, cm^2. */
    public double area(int i) {
        return area[i];
    }

    /** Axial conductance between compartment i and its parent, mS (0 for the root). */
    public double axialConductance(int i) {
        return axialConductance[i];
    }

    /** Distance of compartment i's centre from the soma's end of the dendrite (x = 0), um; the soma is at 0. */
    public double position(int i) {
        return position[i];
    }

    /** True when compartment 0 is a soma. */
    public boolean hasSoma() {
        return hasSoma;
    }

    /** Index of the first dendritic compartment (1 with a soma, else 0). */
    public int firstDendrite() {
        return hasSoma ? 1 : 0;
    }

    /** The dendritic compartment whose centre is nearest to distance x (um) from the soma. */
    public int compartmentAt(double x) {
        int n = size() - firstDendrite();
        int i = (int) Math.floor(x / dendriteLength * n);
        return firstDendrite() + Math.max(0, Math.min(n - 1, i));
    }

    /** Dendrite length, um. */
    public double dendriteLength() {
        return dendriteLength;
    }

    /** Dendrite diameter, um. */
    public double dendriteDiameter() {
        return dendriteDiameter;
    }
}
