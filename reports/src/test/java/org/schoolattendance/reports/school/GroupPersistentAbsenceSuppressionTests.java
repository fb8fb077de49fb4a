package org.schoolattendance.reports.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.schoolattendance.reports.school.HandMadeFacts.assertRow;
import static org.schoolattendance.reports.school.HandMadeFacts.group;
import static org.schoolattendance.reports.school.HandMadeFacts.headline;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.schoolattendance.reports.pack.document.Table;

/**
 * The school packs' group tables from hand-made rows (suppression size 5, no LA figures): a group's
 * persistent absence is c where 1 to 4 of its pupils are persistently absent, and so is the next
 * smallest non-zero count of the same dimension where only one would be hidden, since the school's
 * total (in the headline table) minus the shown groups would give it back.
 */
class GroupPersistentAbsenceSuppressionTests {

  private static final String NONE = "not available";

  @Test
  void yearGroupsHideASmallCountAndTheNextSmallestButShowZero() {
    // Years 1–4, 20 pupils each, persistently absent 3, 0, 8 and 6 (17 in all): year 1's 3 is
    // hidden; 17 − 0 − 8 − 6 would give it back, so year 4's 6 (the next smallest) goes too.
    Table table =
        GroupSection.yearGroups(
                HandMadeFacts.groups(
                    List.of(
                        group("nc_year", "1", headline(20, 3, 0)),
                        group("nc_year", "2", headline(20, 0, 0)),
                        group("nc_year", "3", headline(20, 8, 0)),
                        group("nc_year", "4", headline(20, 6, 0))),
                    List.of(),
                    SubgroupTrends.none()))
            .table();

    assertRow(table, "Year 1", "20", "90.0%", "10.0%", "c", NONE, NONE);
    assertRow(table, "Year 2", "20", "90.0%", "10.0%", "0.0%", NONE, NONE);
    assertRow(table, "Year 3", "20", "90.0%", "10.0%", "40.0%", NONE, NONE);
    assertRow(table, "Year 4", "20", "90.0%", "10.0%", "c", NONE, NONE);
  }

  @Test
  void keyGroupsApplyTheRuleWithinEachDimension() {
    Table table =
        GroupSection.keyGroups(
                HandMadeFacts.groups(
                    List.of(
                        // FSM: 3 pupils, so both rows are hidden whole; nothing more to hide.
                        group("fsm_eligible", "true", headline(3, 1, 0)),
                        group("fsm_eligible", "false", headline(21, 9, 0)),
                        // SEN: none of 10 and 6 of 14: both shown.
                        group("sen_provision", "K", headline(10, 0, 0)),
                        group("sen_provision", "N", headline(14, 6, 0)),
                        // Sex: girls' 2 hidden, boys' 7 with it.
                        group("sex", "F", headline(12, 2, 0)),
                        group("sex", "M", headline(12, 7, 0)),
                        // Ethnicity: 3, 2 and 1: three cells hidden, none needed beside them.
                        group("ethnicity_major", "White", headline(14, 3, 0)),
                        group("ethnicity_major", "Black", headline(5, 2, 0)),
                        group("ethnicity_major", "Asian", headline(5, 1, 0))),
                    List.of(),
                    SubgroupTrends.none()))
            .table();

    assertRow(table, "Eligible for FSM", "c", "c", "c", "c", NONE, "c");
    assertRow(table, "Not eligible", "c", "c", "c", "c", NONE, "c");
    assertRow(table, "SEN support", "10", "90.0%", "10.0%", "0.0%", NONE, NONE);
    assertRow(table, "No SEN", "14", "90.0%", "10.0%", "42.9%", NONE, NONE);
    assertRow(table, "Girls", "12", "90.0%", "10.0%", "c", NONE, NONE);
    assertRow(table, "Boys", "12", "90.0%", "10.0%", "c", NONE, NONE);
    assertRow(table, "White", "14", "90.0%", "10.0%", "c", NONE, NONE);
    assertRow(table, "Black", "5", "90.0%", "10.0%", "c", NONE, NONE);
    assertRow(table, "Asian", "5", "90.0%", "10.0%", "c", NONE, NONE);
  }

  @Test
  void theNotesSayWhyAndThatSmallSchoolsLoseMuchOfTheColumn() {
    assertThat(
            GroupSection.yearGroups(
                    HandMadeFacts.groups(
                        List.of(group("nc_year", "1", headline(20, 3, 0))),
                        List.of(),
                        SubgroupTrends.none()))
                .notes())
        .contains(
            "Persistent absence is c where at least one but fewer than 5 of a group's pupils are"
                + " persistently absent, and for one more group of the same kind where only one"
                + " would be hidden, so that it cannot be worked out from the school's total. In a"
                + " small school this hides much of the column.");
  }
}
