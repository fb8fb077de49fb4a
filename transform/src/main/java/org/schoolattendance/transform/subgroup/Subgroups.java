package org.schoolattendance.transform.subgroup;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import org.apache.spark.sql.Column;

/**
 * The subgroups trends are reported for: one dimension per pupil characteristic of the
 * enrolment-period mart, plus named focus groups. An enrolment belongs to one group of each
 * dimension (none when the characteristic is unknown) and to each focus group it matches. {@code
 * sql/src/main/resources/reference/subgroup_cells.sql} states the same definitions.
 */
public final class Subgroups {

  public static final String ALL_PUPILS = "all_pupils";
  public static final String FOCUS = "focus_group";

  record Dimension(String name, Column group) {}

  static final List<Dimension> DIMENSIONS =
      List.of(
          new Dimension(ALL_PUPILS, lit("All pupils")),
          new Dimension("sex", col("sex")),
          new Dimension(
              "fsm",
              when(col("fsm_eligible"), lit("FSM")).when(not(col("fsm_eligible")), lit("Not FSM"))),
          new Dimension("sen_provision", col("sen_provision")),
          new Dimension("ethnicity_major", col("ethnicity_major")),
          new Dimension("ethnicity_minor", col("ethnicity_minor")),
          new Dimension("first_language", col("first_language_group")),
          new Dimension("nc_year", col("nc_year")),
          new Dimension("phase", col("phase")),
          focus(
              "White British FSM boys",
              col("ethnicity_minor")
                  .equalTo("WBRI")
                  .and(col("fsm_eligible"))
                  .and(col("sex").equalTo("M"))),
          focus("Black Caribbean", col("ethnicity_minor").equalTo("BCRB")),
          focus("Mixed White and Black Caribbean", col("ethnicity_minor").equalTo("MWBC")),
          focus("Gypsy/Roma and Traveller", col("ethnicity_minor").isin("WROM", "WIRT")));

  private Subgroups() {}

  private static Dimension focus(String name, Column member) {
    return new Dimension(FOCUS, when(member, lit(name)));
  }

  /** An array of {@code (dimension, group_value)} structs, one per dimension, to explode. */
  static Column memberships() {
    return array(
        DIMENSIONS.stream()
            .map(d -> struct(lit(d.name()).as("dimension"), d.group().as("group_value")))
            .toArray(Column[]::new));
  }
}
