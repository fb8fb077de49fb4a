package org.schoolattendance.reports.pack;

import java.time.LocalDate;
import java.util.Set;

/**
 * What to render.
 *
 * @param termId a term such as {@code 2024/25-autumn}, or null
 * @param asOf a date for year-to-date packs, or null; at most one of termId and asOf is set, and
 *     with neither the latest term with figures is used
 * @param onlyUrn one school's URN, or null for every school (the LA pack ignores it)
 * @param packs which packs
 * @param synthetic whether to mark every page as synthetic data
 */
public record PackRequest(
    String termId, LocalDate asOf, String onlyUrn, Set<Pack> packs, boolean synthetic) {

  public PackRequest {
    if (termId != null && asOf != null) {
      throw new IllegalArgumentException("give a term or an as-of date, not both");
    }
    packs = Set.copyOf(packs);
  }
}
