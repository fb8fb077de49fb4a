package org.schoolattendance.reports.la.section;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Ranks schools within their phase on one measure where lower is better (absence), as the DfE's LA
 * Interactive Tool ranks LAs: rank 1 is the lowest value and tied schools share the smallest rank;
 * the quartile band is A (best quarter) to D, cut at the quartiles of the ranked values (linear
 * interpolation between order statistics). Bands need at least {@value #MIN_FOR_BANDS} schools in
 * the phase: with fewer, a quarter of the schools is less than one school.
 */
final class PhaseRanking {

  static final int MIN_FOR_BANDS = 4;

  /** One school's place: {@code rank} of {@code outOf}, band A-D or null when not banded. */
  record Place(int rank, int outOf, String band) {

    String text() {
      return rank + " of " + outOf + (band == null ? "" : " · " + band);
    }
  }

  private PhaseRanking() {}

  /** Places for each key with a value; keys with a null value are left out of the ranking. */
  static Map<String, Place> rank(Map<String, Double> valuesByKey) {
    List<Double> sorted = new ArrayList<>();
    valuesByKey.values().stream().filter(v -> v != null).sorted().forEach(sorted::add);
    Map<String, Place> places = new HashMap<>();
    int n = sorted.size();
    double[] quartiles = n >= MIN_FOR_BANDS ? quartiles(sorted) : null;
    valuesByKey.forEach(
        (key, value) -> {
          if (value != null) {
            int rank = 1 + (int) sorted.stream().filter(other -> other < value).count();
            places.put(key, new Place(rank, n, quartiles == null ? null : band(value, quartiles)));
          }
        });
    return places;
  }

  private static String band(double value, double[] quartiles) {
    if (value <= quartiles[0]) {
      return "A";
    }
    if (value <= quartiles[1]) {
      return "B";
    }
    return value <= quartiles[2] ? "C" : "D";
  }

  private static double[] quartiles(List<Double> sorted) {
    return new double[] {quantile(sorted, 0.25), quantile(sorted, 0.5), quantile(sorted, 0.75)};
  }

  /** The sample quantile with linear interpolation (R's default, type 7). */
  static double quantile(List<Double> sorted, double p) {
    double position = p * (sorted.size() - 1);
    int below = (int) Math.floor(position);
    int above = Math.min(below + 1, sorted.size() - 1);
    double fraction = position - below;
    return sorted.get(below) + fraction * (sorted.get(above) - sorted.get(below));
  }
}
