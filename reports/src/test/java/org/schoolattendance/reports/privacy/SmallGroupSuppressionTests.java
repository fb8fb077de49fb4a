package org.schoolattendance.reports.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
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
