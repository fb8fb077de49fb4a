package org.schoolattendance.reports.school;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Everything the one-school attendance summary shows, already aggregated.
 *
 * @param phase primary, secondary, special or pru
 * @param termLabel e.g. "2024/25 summer term"
 * @param dataAsOf when the warehouse data were extracted
 * @param latestRegisterDate the latest date with register marks in the data; {@code null} when
 *     unknown
 * @param synthetic true when the figures come from generated, not real, pupils
 * @param school the school's headline figures for the term
 * @param la the LA (all schools) headline figures for the same term; {@code null} when not
 *     available
 * @param trend earlier terms and this one, oldest first
 */
public record SchoolPack(
    String urn,
    String schoolName,
    String phase,
    String laCode,
    String termLabel,
    LocalDate dataAsOf,
    LocalDate latestRegisterDate,
    boolean synthetic,
    Headline school,
    Headline la,
    List<TermRow> trend) {

  public SchoolPack {
    Objects.requireNonNull(urn, "urn");
    Objects.requireNonNull(schoolName, "schoolName");
    Objects.requireNonNull(termLabel, "termLabel");
    Objects.requireNonNull(school, "school");
    trend = trend == null ? List.of() : List.copyOf(trend);
  }
}
