package org.schoolattendance.ingest.common;

import java.util.List;

/** The header rows of the CSV inputs (docs/formats.md), shared by loaders and the inbox. */
public final class InputHeaders {

  public static final List<String> SCHOOLS =
      List.of(
          "urn",
          "la_code",
          "estab",
          "school_name",
          "phase",
          "head_email",
          "clerk_email",
          "postcode");
  public static final List<String> CALENDAR =
      List.of("academic_year", "kind", "name", "start_date", "end_date", "urn");
  public static final List<String> REGISTER =
      List.of(
          "urn",
          "upn",
          "admission_date",
          "leaving_date",
          "date",
          "session",
          "mark",
          "minutes_late");
  public static final List<String> INTERVENTIONS =
      List.of(
          "upn",
          "urn",
          "date",
          "type",
          "visitor_role",
          "staff_present",
          "risk_assessed",
          "reason",
          "outcome",
          "notes");

  private InputHeaders() {}
}
