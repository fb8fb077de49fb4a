package org.schoolattendance.synthetic.random;

import java.util.List;
import java.util.SplittableRandom;

/** Small sampling helpers over a {@link SplittableRandom}. */
public final class Draw {

  private Draw() {}

  public static boolean chance(SplittableRandom rng, double p) {
    return rng.nextDouble() < p;
  }

  public static <T> T pick(SplittableRandom rng, List<T> items) {
    return items.get(rng.nextInt(items.size()));
  }

  public static <T> T pick(SplittableRandom rng, T[] items) {
    return items[rng.nextInt(items.length)];
  }

  /** Index drawn with probability proportional to {@code weights[i]}. */
  public static int weighted(SplittableRandom rng, double[] weights) {
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    double u = rng.nextDouble() * total;
    for (int i = 0; i < weights.length; i++) {
      u -= weights[i];
      if (u < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }

  public static double normal(SplittableRandom rng) {
    // Box-Muller; one value per call keeps the stream position independent of caching.
    double u1 = 1.0 - rng.nextDouble();
    double u2 = rng.nextDouble();
    return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
  }

  public static double logNormal(SplittableRandom rng, double median, double sigma) {
    return median * Math.exp(sigma * normal(rng));
  }

  /** Inclusive range. */
  public static int between(SplittableRandom rng, int lo, int hi) {
    return lo + rng.nextInt(hi - lo + 1);
  }
}
