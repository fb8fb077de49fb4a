package org.schoolattendance.reports.privacy;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Decides which groups of a breakdown to hide so that no group smaller than the threshold can be
 * read or worked out. A breakdown is a set of groups that add up to a total that is shown (e.g. FSM
 * and not FSM adding up to all pupils).
 *
 * <p>Primary suppression hides every group with at least one but fewer than {@code minimum} pupils.
 * Secondary suppression then hides the smallest remaining non-empty group whenever exactly one
 * group is hidden, because the total minus the shown groups would otherwise reveal it. Empty groups
 * are shown: a zero discloses nothing about any pupil.
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
    Set<String> hidden = new LinkedHashSet<>();
    groupSizes.forEach(
        (group, size) -> {
          if (size > 0 && size < minimum) {
            hidden.add(group);
          }
        });
    if (hidden.size() == 1) {
      groupSizes.entrySet().stream()
          .filter(entry -> entry.getValue() > 0 && !hidden.contains(entry.getKey()))
          .min(SMALLEST_THEN_BY_NAME)
          .ifPresent(entry -> hidden.add(entry.getKey()));
    }
    return hidden;
  }

  /** Whether a single figure about this many pupils must be hidden on its own. */
  public boolean isTooSmall(long pupils) {
    return pupils > 0 && pupils < minimum;
  }
}
