package org.neuropynamics.bifurcation.continuation;

/**
 * Step control and limits of a continuation run (names as in AUTO: DS, DSMIN, DSMAX, NMX).
 *
 * @param initialStep DS, the first pseudo-arclength step
 * @param minStep DSMIN: continuation stops when the step must shrink below it
 * @param maxStep DSMAX, the largest step
 * @param maxPoints NMX, the largest number of points on one branch
 * @param tolerance Newton tolerance (max-norm of the update relative to 1 + |u|)
 * @param maxIterations Newton iterations per step before the step is halved
 */
public record ContinuationSettings(double initialStep, double minStep, double maxStep, int maxPoints,
        double tolerance, int maxIterations) {

    public ContinuationSettings {
        if (!(minStep > 0) || !(initialStep >= minStep) || !(maxStep >= initialStep)) {
            throw new IllegalArgumentException("steps must satisfy 0 < min <= initial <= max, got " + minStep + ", "
                    + initialStep + ", " + maxStep);
        }
        if (maxPoints < 2 || !(tolerance > 0) || maxIterations < 1) {
            throw new IllegalArgumentException("need at least 2 points, a positive tolerance and one iteration");
        }
    }

    /** Defaults scaled to a parameter range of the given width. */
    public static ContinuationSettings forRange(double width) {
        double w = Math.abs(width) > 0 ? Math.abs(width) : 1;
        return new ContinuationSettings(w * 1e-3, w * 1e-9, w * 0.02, 2000, 1e-10, 8);
    }

    /** A copy with another maximum number of points. */
    public ContinuationSettings withMaxPoints(int n) {
        return new ContinuationSettings(initialStep, minStep, maxStep, n, tolerance, maxIterations);
    }

    /** A copy with other step bounds. */
    public ContinuationSettings withSteps(double initial, double min, double max) {
        return new ContinuationSettings(initial, min, max, maxPoints, tolerance, maxIterations);
    }
}
