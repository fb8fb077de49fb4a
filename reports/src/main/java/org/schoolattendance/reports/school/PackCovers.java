package org.schoolattendance.reports.school;

import java.util.List;
import org.schoolattendance.reports.Figures;
import org.schoolattendance.reports.pack.document.Cover;

/** The covers of the school packs: one look, with what differs by audience. */
final class PackCovers {

  private PackCovers() {}

  static Cover forSchool(
      SchoolFacts facts, String kicker, String audience, List<String> atAGlance) {
    return cover(facts, kicker, audience, atAGlance, null, null, null);
  }

  static Cover cover(
      SchoolFacts facts,
      String kicker,
      String audience,
      List<String> atAGlance,
      String marking,
      String classification,
      String watermark) {
    SchoolInfo school = facts.school();
    return new Cover(
        kicker,
        school.name(),
        "URN %s  ·  LA %s  ·  %s"
            .formatted(school.urn(), school.laCode(), phaseName(school.phase())),
        facts.packPeriod().label(),
        "Data as of %s  ·  Latest register marks: %s"
            .formatted(Figures.date(facts.dataAsOf()), Figures.date(school.latestRegisterDate())),
        facts.synthetic(),
        audience,
        marking,
        classification,
        watermark,
        atAGlance,
        // The school's name last, where a long one is cut short.
        packName(kicker)
            + "  ·  "
            + facts.packPeriod().label()
            + "  ·  URN "
            + school.urn()
            + "  ·  "
            + school.name(),
        facts.dataAsOf(),
        packName(kicker) + ": " + school.name() + ", " + facts.packPeriod().label());
  }

  /** "GOVERNOR ATTENDANCE PACK" → "Governor attendance pack". */
  private static String packName(String kicker) {
    return kicker.charAt(0) + kicker.substring(1).toLowerCase(java.util.Locale.ROOT);
  }

  static String phaseName(String phase) {
    if (phase == null) {
      return "Phase not available";
    }
    return switch (phase.toLowerCase(java.util.Locale.ROOT)) {
      case "primary" -> "Primary";
      case "secondary" -> "Secondary";
      case "special" -> "Special";
      case "pru" -> "Pupil referral unit";
      default -> phase;
    };
  }
}
