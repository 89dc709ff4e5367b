package org.neuropynamics.core.model;

/**
 * XPPAUT's random numbers, so that a seeded {@code .ode} file draws the numbers XPPAUT draws (issue 14,
 * docs/architecture.md "The XPPAUT language"). Uniform deviates are the Park-Miller minimal standard
 * generator (multiplier 16807, modulus 2^31 - 1, Schrage's factorization) behind a Bays-Durham shuffle table of
 * 32 entries, as in Press et al., Numerical Recipes in C, 2nd ed., section 7.1, routine {@code ran1}; XPPAUT
 * caps the result at 1 - 1.2e-12 and seeds it with {@code -seed} (so a seed of 0 means 1). Normal deviates
 * use the polar Box-Muller method (section 7.2): two uniforms in the unit disc give two deviates; the second is
 * kept and returned by the next call. XPPAUT's default seed is {@value #DEFAULT_SEED}.
 * <p>
 * One instance is one stream: not thread safe, and every run makes its own.
 */
public final class XppautRandom {

    /** The seed XPPAUT uses when a file sets none ({@code RandSeed} in XPPAUT's parser). */
    public static final long DEFAULT_SEED = 12345678;

    private static final int IA = 16807;
    private static final int IM = 2147483647;
    private static final double AM = 1.0 / IM;
    private static final int IQ = 127773;
    private static final int IR = 2836;
    private static final int NTAB = 32;
    private static final int NDIV = 1 + (IM - 1) / NTAB;
    private static final double RNMX = 1.0 - 1.2e-12;

    private long idum;
    private long iy;
    private final long[] iv = new long[NTAB];
    private boolean haveSpare;
    private double spare;

    /** A stream seeded with {@code seed} (XPPAUT's {@code @ seed}). */
    public XppautRandom(long seed) {
        seed(seed);
    }

    /** Restarts the stream as XPPAUT's {@code nsrand48(seed)} does (the kept normal deviate stays). */
    public void seed(long seed) {
        idum = -seed;
        iy = 0;
    }

    /** A uniform deviate in (0, 1): XPPAUT's {@code ndrand48()}. */
    public double uniform() {
        if (idum <= 0 || iy == 0) {
            idum = -idum < 1 ? 1 : -idum;
            for (int j = NTAB + 7; j >= 0; j--) {
                idum = next(idum);
                if (j < NTAB) {
                    iv[j] = idum;
                }
            }
            iy = iv[0];
        }
        idum = next(idum);
        int j = (int) (iy / NDIV);
        iy = iv[j];
        iv[j] = idum;
        double temp = AM * iy;
        return temp > RNMX ? RNMX : temp;
    }

    private static long next(long x) {
        long k = x / IQ;
        long r = IA * (x - k * IQ) - IR * k;
        return r < 0 ? r + IM : r;
    }

    /** A normal deviate of the given mean and standard deviation: XPPAUT's {@code normal(mean, sd)}. */
    public double normal(double mean, double sd) {
        if (haveSpare) {
            haveSpare = false;
            return spare * sd + mean;
        }
        double v1;
        double v2;
        double r;
        do {
            v1 = 2.0 * uniform() - 1.0;
            v2 = 2.0 * uniform() - 1.0;
            r = v1 * v1 + v2 * v2;
        } while (r >= 1.0);
        double fac = Math.sqrt(-2.0 * Math.log(r) / r);
        spare = v1 * fac;
        haveSpare = true;
        return v2 * fac * sd + mean;
    }
}
