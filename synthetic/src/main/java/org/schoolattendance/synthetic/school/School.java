package org.schoolattendance.synthetic.school;

/**
 * One establishment of the synthetic LA.
 *
 * @param absenceFactor multiplies every pupil's absence propensity (some schools do better)
 * @param deprivation multiplies the chance that a pupil is eligible for free school meals
 * @param targetRoll pupils on roll at the start of the first year
 */
public record School(
    String urn,
    String laCode,
    String estab,
    String name,
    Phase phase,
    String slug,
    String postcode,
    double absenceFactor,
    double deprivation,
    int targetRoll) {

  public String headEmail() {
    return "head@" + slug + ".sch.example";
  }

  public String clerkEmail() {
    return "clerk@" + slug + ".sch.example";
  }

  public int urnNumber() {
    return Integer.parseInt(urn);
  }
}
