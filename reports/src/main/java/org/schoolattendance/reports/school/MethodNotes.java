package org.schoolattendance.reports.school;

import java.util.List;

/** The "How these figures are calculated" bullets of the school summary. */
final class MethodNotes {

  private MethodNotes() {}

  static List<String> forLa(String laCode) {
    String la = laCode == null || laCode.isBlank() ? "the local authority" : "LA " + laCode;
    return List.of(
        "Possible sessions are the morning and afternoon sessions each enrolment was expected to"
            + " attend while on roll. Sessions when a pupil could not attend for exceptional"
            + " reasons (codes Q, Y1–Y7) and administrative codes (D, X, Z, #) are not possible"
            + " sessions.",
        "Overall absence = authorised + unauthorised absence sessions. Absence rates are those"
            + " sessions as a percentage of possible sessions; attendance rate = 100% − overall"
            + " absence rate.",
        "Persistent absence (PA): an enrolment that missed 10% or more of its own possible"
            + " sessions; severe absence: 50% or more. Both rates are percentages of enrolments.",
        "Every rate is a ratio of sums over enrolments (total absence ÷ total possible sessions),"
            + " not an average of pupils' own rates. A pupil registered at two schools counts as"
            + " one enrolment at each.",
        "Days lost = absence sessions ÷ 2. Figures are rounded to one decimal place; differences"
            + " between the school and the LA are worked out before rounding.",
        "LA figures cover all schools in " + la + " in the same term.");
  }
}
