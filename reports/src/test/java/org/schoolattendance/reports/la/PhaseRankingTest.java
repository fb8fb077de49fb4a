package org.schoolattendance.reports.la.section;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PhaseRankingTest {

  @Test
  void ranksLowestFirstWithTiesSharingTheSmallerRank() {
    Map<String, Double> values = new LinkedHashMap<>();
    values.put("a", 6.0);
    values.put("b", 4.0);
    values.put("c", 6.0);
    values.put("d", 9.0);
    values.put("e", null);

    Map<String, PhaseRanking.Place> places = PhaseRanking.rank(values);

    assertThat(places.get("b")).isEqualTo(new PhaseRanking.Place(1, 4, "A"));
    assertThat(places.get("a").rank()).isEqualTo(2);
    assertThat(places.get("c").rank()).isEqualTo(2);
    assertThat(places.get("d")).isEqualTo(new PhaseRanking.Place(4, 4, "D"));
    assertThat(places).doesNotContainKey("e");
  }

  @Test
  void bandsAtTheQuartilesOfTheRankedValues() {
    // 4.5, 5.8, 6.2, 7.0: quartiles 5.475, 6.0, 6.4 (linear interpolation).
    assertThat(PhaseRanking.quantile(List.of(4.5, 5.8, 6.2, 7.0), 0.25)).isEqualTo(5.475, within());
    Map<String, PhaseRanking.Place> places =
        PhaseRanking.rank(Map.of("alder", 4.5, "elm", 5.8, "birch", 6.2, "fir", 7.0));
    assertThat(places.get("alder").band()).isEqualTo("A");
    assertThat(places.get("elm").band()).isEqualTo("B");
    assertThat(places.get("birch").band()).isEqualTo("C");
    assertThat(places.get("fir").band()).isEqualTo("D");
  }

  @Test
  void leavesFewerThanFourSchoolsUnbanded() {
    assertThat(PhaseRanking.rank(Map.of("a", 1.0, "b", 2.0, "c", 3.0)).get("c"))
        .isEqualTo(new PhaseRanking.Place(3, 3, null));
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(1e-12);
  }
}
