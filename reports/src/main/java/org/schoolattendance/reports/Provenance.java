package org.schoolattendance.reports;

import java.time.Clock;
import java.time.LocalDate;

/** The footer line every page of every pack carries: where its figures come from, and when. */
public final class Provenance {

  private Provenance() {}

  /** "Source: school registers, data as of 23 May 2025 · produced 24 May 2025". */
  public static String footerLine(LocalDate dataAsOf, Clock clock) {
    return "Source: school registers, data as of "
        + Figures.date(dataAsOf)
        + "  ·  produced "
        + Figures.date(LocalDate.now(clock));
  }
}
