package org.schoolattendance.reports.school;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds a school's pack from the marts ({@code dim_school}, {@code mart_school_term}) and the LA
 * trend Spark wrote ({@code trend_la_term}). It reads measures; it never aggregates sessions.
 */
public final class SchoolPackQuery {

  private static final String HEADLINE_COLUMNS =
      "enrolments, possible_sessions, overall_absence_sessions, attendance_rate_pct,"
          + " overall_absence_rate_pct, authorised_absence_rate_pct,"
          + " unauthorised_absence_rate_pct, persistent_absentees, persistent_absence_rate_pct,"
          + " severe_absentees, severe_absence_rate_pct";

  private final Connection connection;
  private final LocalDate dataAsOf;
  private final boolean synthetic;

  public SchoolPackQuery(Connection connection, LocalDate dataAsOf, boolean synthetic) {
    this.connection = connection;
    this.dataAsOf = dataAsOf;
    this.synthetic = synthetic;
  }

  /** The latest term that has figures, e.g. {@code 2024/25-summer}. */
  public String latestTermId() throws SQLException {
    try (PreparedStatement query =
            connection.prepareStatement(
                "select term_id from mart_school_term order by term_start desc limit 1");
        ResultSet rows = query.executeQuery()) {
      if (!rows.next()) {
        throw new SQLException("mart_school_term is empty: no term has register marks yet");
      }
      return rows.getString(1);
    }
  }

  /** The URNs of the schools with figures in the term, in URN order. */
  public List<String> schoolsWithFigures(String termId) throws SQLException {
    List<String> urns = new ArrayList<>();
    try (PreparedStatement query =
        connection.prepareStatement(
            "select urn from mart_school_term where term_id = ? order by urn")) {
      query.setString(1, termId);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          urns.add(rows.getString(1));
        }
      }
    }
    return urns;
  }

  public SchoolPack forSchool(String urn, String termId) throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement(
            "select s.school_name, s.phase, s.la_code, s.latest_register_date, m.academic_year,"
                + " m.term, "
                + HEADLINE_COLUMNS
                + " from mart_school_term m join dim_school s on s.urn = m.urn"
                + " where m.urn = ? and m.term_id = ?")) {
      query.setString(1, urn);
      query.setString(2, termId);
      try (ResultSet row = query.executeQuery()) {
        if (!row.next()) {
          throw new SQLException("no figures for school " + urn + " in " + termId);
        }
        String laCode = row.getString("la_code");
        return new SchoolPack(
            urn,
            row.getString("school_name"),
            row.getString("phase"),
            laCode,
            row.getString("academic_year") + " " + row.getString("term") + " term",
            dataAsOf,
            row.getObject("latest_register_date", LocalDate.class),
            synthetic,
            headline(row),
            laHeadline(laCode, termId),
            trend(urn, laCode));
      }
    }
  }

  private Headline laHeadline(String laCode, String termId) throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement(
            "select "
                + HEADLINE_COLUMNS
                + " from trend_la_term where la_code = ? and term_id = ?")) {
      query.setString(1, laCode);
      query.setString(2, termId);
      try (ResultSet row = query.executeQuery()) {
        return row.next() ? headline(row) : null;
      }
    }
  }

  private List<TermRow> trend(String urn, String laCode) throws SQLException {
    List<TermRow> rows = new ArrayList<>();
    try (PreparedStatement query =
        connection.prepareStatement(
            "select m.academic_year || ' ' || m.term as label, m.attendance_rate_pct,"
                + " m.overall_absence_rate_pct, m.persistent_absence_rate_pct,"
                + " la.attendance_rate_pct as la_attendance_rate_pct"
                + " from mart_school_term m"
                + " left join trend_la_term la on la.la_code = ? and la.term_id = m.term_id"
                + " where m.urn = ? order by m.term_start")) {
      query.setString(1, laCode);
      query.setString(2, urn);
      try (ResultSet row = query.executeQuery()) {
        while (row.next()) {
          rows.add(
              new TermRow(
                  row.getString("label"),
                  row.getDouble("attendance_rate_pct"),
                  row.getDouble("overall_absence_rate_pct"),
                  row.getDouble("persistent_absence_rate_pct"),
                  row.getObject("la_attendance_rate_pct", Double.class)));
        }
      }
    }
    return rows;
  }

  private static Headline headline(ResultSet row) throws SQLException {
    return new Headline(
        row.getLong("enrolments"),
        row.getLong("possible_sessions"),
        row.getLong("overall_absence_sessions"),
        row.getDouble("attendance_rate_pct"),
        row.getDouble("overall_absence_rate_pct"),
        row.getDouble("authorised_absence_rate_pct"),
        row.getDouble("unauthorised_absence_rate_pct"),
        row.getLong("persistent_absentees"),
        row.getDouble("persistent_absence_rate_pct"),
        row.getLong("severe_absentees"),
        row.getDouble("severe_absence_rate_pct"));
  }
}
