package org.schoolattendance.reports.pack;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/** Turns a request's term or as-of date into the period its packs report on. */
public final class PackPeriods {

  private PackPeriods() {}

  public static PackPeriod resolve(Connection warehouse, PackRequest request) throws SQLException {
    if (request.asOf() != null) {
      return yearToDate(warehouse, request.asOf());
    }
    return term(warehouse, request.termId());
  }

  /** A term from mart_school_term; null termId means the latest term with figures. */
  static PackPeriod term(Connection warehouse, String termId) throws SQLException {
    String sql =
        "select s.term_id, s.academic_year, s.term, min(s.term_start), max(d.term_end)"
            + " from mart_school_term s join dim_date d on d.date_day = s.term_start"
            + (termId == null ? "" : " where s.term_id = ?")
            + " group by all order by min(s.term_start) desc limit 1";
    try (PreparedStatement query = warehouse.prepareStatement(sql)) {
      if (termId != null) {
        query.setString(1, termId);
      }
      try (ResultSet row = query.executeQuery()) {
        if (!row.next()) {
          throw new IllegalArgumentException(
              termId == null
                  ? "no term has figures yet: load register marks and build the models first"
                  : "no figures for term " + termId + " (expected e.g. 2024/25-autumn)");
        }
        return new PackPeriod(
            row.getString(1),
            row.getString(2) + " " + row.getString(3) + " term",
            row.getString(2),
            row.getObject(4, LocalDate.class),
            row.getObject(5, LocalDate.class),
            false);
      }
    }
  }

  /** The academic year to date as at {@code asOf}. */
  static PackPeriod yearToDate(Connection warehouse, LocalDate asOf) throws SQLException {
    try (PreparedStatement query =
        warehouse.prepareStatement(
            "select academic_year, year_start from dim_date where date_day = ?")) {
      query.setObject(1, asOf);
      try (ResultSet row = query.executeQuery()) {
        if (!row.next()) {
          throw new IllegalArgumentException(
              "--as-of " + asOf + " is outside every academic year in the calendar");
        }
        String year = row.getString(1);
        return new PackPeriod(
            year + "-ytd-" + asOf,
            year + " year to date (to " + asOf + ")",
            year,
            row.getObject(2, LocalDate.class),
            asOf,
            true);
      }
    }
  }
}
