package org.schoolattendance.synthetic.intervention;

import java.time.LocalDate;
import java.util.Comparator;

/** One row of the intervention log. {@code visitorRole} is null for letters and notices. */
public record InterventionRecord(
    String upn,
    String urn,
    LocalDate date,
    String type,
    String visitorRole,
    int staffPresent,
    boolean riskAssessed,
    String reason,
    String outcome,
    String notes) {

  static final Comparator<InterventionRecord> FILE_ORDER =
      Comparator.comparing(InterventionRecord::date)
          .thenComparing(InterventionRecord::urn)
          .thenComparing(InterventionRecord::upn)
          .thenComparing(InterventionRecord::type);
}
