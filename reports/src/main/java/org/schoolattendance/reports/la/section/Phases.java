package org.schoolattendance.reports.la.section;

import java.util.List;
import java.util.Locale;

/** School phases in the order the pack lists them, with their names for readers. */
final class Phases {

  static final List<String> ORDER = List.of("primary", "secondary", "special", "pru");

  private Phases() {}

  static int order(String phase) {
    int index = ORDER.indexOf(phase);
    return index < 0 ? ORDER.size() : index;
  }

  static String name(String phase) {
    if (phase == null) {
      return "Phase not recorded";
    }
    return switch (phase.toLowerCase(Locale.ROOT)) {
      case "primary" -> "Primary";
      case "secondary" -> "Secondary";
      case "special" -> "Special";
      case "pru" -> "Pupil referral units";
      case "all" -> "All phases";
      default -> phase;
    };
  }
}
