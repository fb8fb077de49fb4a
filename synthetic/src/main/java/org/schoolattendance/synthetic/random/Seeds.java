package org.schoolattendance.synthetic.random;

import java.util.SplittableRandom;

/**
 * Derives independent random streams from the run seed and a path of identifiers, so each school,
 * pupil or step has its own stream and results never depend on iteration order elsewhere.
 */
public final class Seeds {

  private Seeds() {}

  public static long derive(long seed, long... path) {
    long h = mix(seed ^ 0x9E3779B97F4A7C15L);
    for (long p : path) {
      h = mix(h + 0x9E3779B97F4A7C15L * (p + 1));
    }
    return h;
  }

  public static SplittableRandom stream(long seed, long... path) {
    return new SplittableRandom(derive(seed, path));
  }

  /** A stable numeric tag for a named purpose, e.g. {@code tag("names")}. */
  public static long tag(String name) {
    long h = 1125899906842597L;
    for (int i = 0; i < name.length(); i++) {
      h = 31 * h + name.charAt(i);
    }
    return h;
  }

  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
