package org.schoolattendance.reports.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SmallGroupSuppressionTests {

  private final SmallGroupSuppression suppression = new SmallGroupSuppression(5);

  @Test
  void showsEveryGroupWhenAllAreLargeEnough() {
    assertThat(suppression.suppressedGroups(sizes("FSM", 12, "not FSM", 88))).isEmpty();
  }

  @Test
  void hidesASmallGroupAndTheSmallestOtherSoTheTotalCannotRevealIt() {
    // SEN: E = 3 is too small; shown alone, total 100 - 20 - 77 would give it back
    assertThat(suppression.suppressedGroups(sizes("E", 3, "K", 20, "N", 77)))
        .containsExactlyInAnyOrder("E", "K");
  }

  @Test
  void needsNoSecondaryCellWhenTwoGroupsAreAlreadyHidden() {
    assertThat(suppression.suppressedGroups(sizes("Chinese", 2, "Irish Traveller", 4, "White", 94)))
        .containsExactlyInAnyOrder("Chinese", "Irish Traveller");
  }

  @Test
  void emptyGroupsAreShownAndNeverUsedAsTheSecondaryCell() {
    assertThat(suppression.suppressedGroups(sizes("Gypsy/Roma", 0, "Indian", 1, "White", 99)))
        .containsExactlyInAnyOrder("Indian", "White");
  }

  @Test
  void hidesASmallCountAndTheNextSmallestNonZeroCountOfTheBreakdown() {
    // Persistent absentees by year: 3, 0, 8, 6 (17 shown as the school's total): 17 − 0 − 8 − 6
    // would give the 3 back, so the 6 is hidden too; the zero is shown.
    assertThat(
            suppression.suppressedCounts(
                sizes("Year 1", 3, "Year 2", 0, "Year 3", 8, "Year 4", 6), Set.of()))
        .containsExactlyInAnyOrder("Year 1", "Year 4");
  }

  @Test
  void aRowAlreadyHiddenCountsAsAHiddenCell() {
    // FSM rows hidden whole (3 and 21 pupils): their counts 1 and 9 are hidden already.
    assertThat(
            suppression.suppressedCounts(sizes("FSM", 1, "not FSM", 9), Set.of("FSM", "not FSM")))
        .containsExactlyInAnyOrder("FSM", "not FSM");
    // One row hidden whole (a Spark-suppressed group, say) with 6 absentees beside shown 7 and
    // 12: the smallest other, 7, is hidden with it.
    assertThat(suppression.suppressedCounts(sizes("A", 6, "B", 12, "C", 7), Set.of("A")))
        .containsExactlyInAnyOrder("A", "C");
  }

  @Test
  void countsOfAtLeastTheThresholdOrZeroNeedNoHiding() {
    assertThat(suppression.suppressedCounts(sizes("Girls", 0, "Boys", 5), Set.of())).isEmpty();
  }

  @Test
  void aGroupOfExactlyTheThresholdIsShown() {
    assertThat(suppression.isTooSmall(5)).isFalse();
    assertThat(suppression.isTooSmall(4)).isTrue();
    assertThat(suppression.isTooSmall(0)).isFalse();
  }

  @Test
  void rejectsANonsensicalThreshold() {
    assertThatThrownBy(() -> new SmallGroupSuppression(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 1");
  }

  private static Map<String, Long> sizes(Object... pairs) {
    Map<String, Long> sizes = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      sizes.put((String) pairs[i], ((Integer) pairs[i + 1]).longValue());
    }
    return sizes;
  }
}
