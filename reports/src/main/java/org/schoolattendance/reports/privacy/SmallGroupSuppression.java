package org.schoolattendance.reports.privacy;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Decides which cells of a breakdown to hide so that no count of 1 to fewer than the threshold can
 * be read or worked out. A breakdown is a set of groups that add up to a total that is shown (e.g.
 * FSM and not FSM adding up to all pupils, or their persistent absentees adding up to the
 * school's).
 *
 * <p>Primary suppression hides every cell whose count is at least one but fewer than {@code
 * minimum}. Secondary suppression then hides the smallest remaining non-zero cell whenever exactly
 * one cell is hidden, because the total minus the shown cells would otherwise reveal it. Zeros are
 * shown: a zero discloses nothing about any pupil beyond the group.
 */
public final class SmallGroupSuppression {

  private static final Comparator<Map.Entry<String, Long>> SMALLEST_THEN_BY_NAME =
      Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey());

  private final long minimum;

  public SmallGroupSuppression(long minimum) {
    if (minimum < 1) {
      throw new IllegalArgumentException("the suppression size must be at least 1, was " + minimum);
    }
    this.minimum = minimum;
  }

  public long minimum() {
    return minimum;
  }

  /** The names of the groups to hide, given each group's number of pupils. */
  public Set<String> suppressedGroups(Map<String, Long> groupSizes) {
    return suppressedCounts(groupSizes, Set.of());
  }

  /**
   * The groups whose count of some of their pupils (e.g. persistent absentees, and with it the
   * share of the group they make) must be hidden, given each group's count and the groups whose row
   * is hidden already (by {@link #suppressedGroups}): a hidden row hides its count too, so it
   * counts as a hidden cell of this breakdown.
   */
  public Set<String> suppressedCounts(Map<String, Long> counts, Set<String> alreadyHidden) {
    Set<String> hidden = new LinkedHashSet<>();
    counts.forEach(
        (group, count) -> {
          if (alreadyHidden.contains(group) || isTooSmall(count)) {
            hidden.add(group);
          }
        });
    if (hidden.size() == 1) {
      counts.entrySet().stream()
          .filter(entry -> entry.getValue() > 0 && !hidden.contains(entry.getKey()))
          .min(SMALLEST_THEN_BY_NAME)
          .ifPresent(entry -> hidden.add(entry.getKey()));
    }
    return hidden;
  }

  /** {@link #suppressedCounts(Map, Set)} for a breakdown's rows, named and counted as given. */
  public <T> Set<String> suppressedCounts(
      Collection<T> rows,
      Function<T, String> name,
      ToLongFunction<T> count,
      Set<String> alreadyHidden) {
    Map<String, Long> counts = new LinkedHashMap<>();
    rows.forEach(row -> counts.put(name.apply(row), count.applyAsLong(row)));
    return suppressedCounts(counts, alreadyHidden);
  }

  /**
   * Whether the total of a breakdown must be hidden too: where its own count is too small, or where
   * just one cell is hidden (no other could be hidden with it), since the total minus the shown
   * cells would give that cell back.
   */
  public boolean totalHidden(Set<String> hiddenCells, long totalCount) {
    return hiddenCells.size() == 1 || isTooSmall(totalCount);
  }

  /** Whether a single figure about this many pupils must be hidden on its own. */
  public boolean isTooSmall(long pupils) {
    return pupils > 0 && pupils < minimum;
  }
}
