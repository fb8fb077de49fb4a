package org.schoolattendance.reports.school;

import java.util.List;
import java.util.Locale;

/** How pupil groups of {@code mart_group_period} are named in the packs. */
final class GroupLabels {

  /** The key groups of the governor and Ofsted packs, in the order they are shown. */
  static final List<String> KEY_DIMENSIONS =
      List.of("fsm_eligible", "sen_provision", "first_language_group", "sex", "ethnicity_major");

  static final String YEAR_GROUP = "nc_year";

  private GroupLabels() {}

  static String dimension(String dimension) {
    return switch (dimension) {
      case "fsm_eligible" -> "Free school meals";
      case "sen_provision" -> "Special educational needs";
      case "first_language_group" -> "First language";
      case "sex" -> "Sex";
      case "ethnicity_major" -> "Ethnicity";
      case YEAR_GROUP -> "Year group";
      default -> dimension;
    };
  }

  static String group(String dimension, String value) {
    return switch (dimension) {
      case "fsm_eligible" -> "true".equalsIgnoreCase(value) ? "Eligible for FSM" : "Not eligible";
      case "sen_provision" ->
          switch (value) {
            case "K" -> "SEN support";
            case "E" -> "EHC plan";
            case "N" -> "No SEN";
            default -> value;
          };
      case "first_language_group" ->
          "Other than English".equals(value) ? "Other than English (EAL)" : value;
      case "sex" -> "F".equals(value) ? "Girls" : "M".equals(value) ? "Boys" : value;
      case YEAR_GROUP -> yearGroup(value);
      default -> value;
    };
  }

  /**
   * Names a group of Spark's {@code trend_subgroup_period}, whose dimensions are named a little
   * differently from the mart's ({@code fsm} with FSM / Not FSM, {@code first_language}).
   */
  static String trendGroup(String dimension, String value) {
    return switch (dimension) {
      case "all_pupils" -> "All pupils";
      case "fsm" -> "FSM".equals(value) ? "Eligible for FSM" : "Not eligible for FSM";
      case "first_language" ->
          "English".equals(value)
              ? "First language English"
              : "First language " + group("first_language_group", value);
      default -> group(dimension, value);
    };
  }

  private static String yearGroup(String value) {
    if (value.matches("\\d+")) {
      return "Year " + Integer.parseInt(value);
    }
    return switch (value.toUpperCase(Locale.ROOT)) {
      case "R" -> "Reception";
      case "N1", "N2" -> "Nursery " + value.substring(1);
      default -> value;
    };
  }

  /** Sort key so year groups run Nursery, Reception, Year 1 … Year 14. */
  static int yearOrder(String value) {
    if (value.matches("\\d+")) {
      return 10 + Integer.parseInt(value);
    }
    return "R".equalsIgnoreCase(value) ? 5 : 0;
  }
}
