package org.schoolattendance.ingest.published;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How the Explore Education Statistics files name their dimension columns. Every other column is a
 * measure. Older files use {@code year}, {@code term} and {@code level}; phase columns vary.
 */
final class StatisticColumns {

  static final List<String> TIME_PERIOD = List.of("time_period", "year");
  static final List<String> TIME_IDENTIFIER = List.of("time_identifier", "term");
  static final List<String> GEOGRAPHIC_LEVEL = List.of("geographic_level", "level");
  static final List<String> SCHOOL_TYPE = List.of("school_type", "phase_type_grouping", "phase");
  static final List<String> LA_CODE = List.of("old_la_code", "la_code");

  static final Set<String> DIMENSIONS =
      Set.of(
          "time_period",
          "year",
          "time_identifier",
          "term",
          "academic_year",
          "geographic_level",
          "level",
          "country_code",
          "country_name",
          "region_code",
          "region_name",
          "old_la_code",
          "la_code",
          "new_la_code",
          "la_name",
          "school_type",
          "phase_type_grouping",
          "phase",
          "characteristic",
          "social_care_group",
          "absence_terms");

  /** Codes that stand for "no LA" in national and regional rows. */
  static final Set<String> NO_LA = Set.of("", "z", "NA", "x");

  /** The population of a row: all pupils unless the file is about a social care group. */
  static final Map<String, String> POPULATIONS =
      Map.of(
          "CINO at 31 March", "children_in_need",
          "CPPO at 31 March", "child_protection_plan",
          "CLA 12 months at 31 March", "looked_after");

  private StatisticColumns() {}
}
