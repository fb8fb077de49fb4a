package org.schoolattendance.transform.impact;

/**
 * Bootstrap weights that depend only on (seed, replicate, pupil), never on how rows are
 * partitioned: a Poisson(1) draw per pupil and replicate, which resamples pupils with replacement
 * (Poisson bootstrap). Replicate 0 is the estimate itself, weight 1 for everyone.
 */
final class ReplicateWeights {

  /** P(X ≤ n) for X ~ Poisson(1), n = 0..11. */
  private static final double[] CUMULATIVE = cumulative();

  private ReplicateWeights() {}

  static int weight(long seed, int replicate, long pupilKey) {
    if (replicate == 0) {
      return 1;
    }
    double u = (mix(mix(seed ^ replicate * 0x9E3779B97F4A7C15L) ^ pupilKey) >>> 11) * 0x1.0p-53;
    int n = 0;
    while (n < CUMULATIVE.length && u >= CUMULATIVE[n]) {
      n++;
    }
    return n;
  }

  /** SplitMix64's finaliser: a well-mixed 64-bit hash. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  private static double[] cumulative() {
    double[] cumulative = new double[12];
    double term = Math.exp(-1);
    double sum = 0;
    for (int n = 0; n < cumulative.length; n++) {
      sum += term;
      cumulative[n] = sum;
      term /= n + 1;
    }
    return cumulative;
  }
}
