package org.schoolattendance.reports.school;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.schoolattendance.reports.query.WarehouseQuery;

/**
 * The pupil-level lists of the headteacher's confidential annex. UPNs and names are read from
 * {@code dim_pupil} here and nowhere else in the packs.
 *
 * @param unexplained pupils with absences coded O this period; empty where the marts do not hold
 *     the period (a year to date as at an earlier date)
 */
record AnnexFigures(
    List<AnnexFigures.PupilRate> belowThresholds,
    List<AnnexFigures.Outstanding> outstanding,
    Optional<List<AnnexFigures.Unexplained>> unexplained,
    List<AnnexFigures.Contacted> contacted) {

  /** How the annex names a pupil: "Surname, Forename", as registers list them. */
  private static final String NAME = "concat_ws(', ', p.surname, p.forename) as pupil_name";

  /** A pupil's attendance in the period and the previous term (null when not on roll then). */
  record PupilRate(
      String upn,
      String name,
      String ncYear,
      long possibleSessions,
      double attendancePct,
      Double previousAttendancePct,
      boolean persistent,
      boolean fsm,
      String senProvision,
      String firstLanguageGroup,
      String sex) {}

  /** A pupil's marks still missing or still N, and how long the oldest has been outstanding. */
  record Outstanding(
      String upn, String name, long unresolved, long missing, long overdue, LocalDate oldest) {}

  /** A pupil's absences coded O (absent in other or unknown circumstances) this period. */
  record Unexplained(String upn, String name, long sessions) {}

  /** A pupil contacted this year: the first contact, and attendance before and after it. */
  record Contacted(
      String upn,
      String name,
      LocalDate firstContact,
      String mode,
      long contacts,
      Double beforePct,
      Double afterPct) {}

  static AnnexFigures load(
      WarehouseQuery query,
      SchoolInfo school,
      MartPeriod period,
      AnnexThresholds thresholds,
      LocalDate yearStart)
      throws SQLException {
    return new AnnexFigures(
        belowThresholds(query, school, period, thresholds),
        outstanding(query, school, period),
        unexplained(query, school, period),
        contacted(query, school, period, yearStart));
  }

  private static List<PupilRate> belowThresholds(
      WarehouseQuery query, SchoolInfo school, MartPeriod period, AnnexThresholds thresholds)
      throws SQLException {
    return query.list(
        "select p.upn, "
            + NAME
            + ", e.nc_year, e.possible_sessions,"
            + " 100.0 * e.attendance_sessions / e.possible_sessions as attendance_pct,"
            + " 100.0 * prev.attendance_sessions / nullif(prev.possible_sessions, 0) as previous_pct,"
            + " e.is_persistent_absentee, e.fsm_eligible, e.sen_provision,"
            + " e.first_language_group, e.sex"
            + " from mart_enrolment_period e join dim_pupil p using (pupil_key)"
            + " left join mart_enrolment_period prev on prev.enrolment_key = e.enrolment_key"
            + " and prev.period_type = 'term' and prev.period_id = ?"
            + " where e.urn = ? and e.period_type = ? and e.period_id = ?"
            + " and e.attendance_sessions < ? * e.possible_sessions"
            + " order by attendance_pct, p.upn",
        row ->
            new PupilRate(
                row.getString(1),
                row.getString(2),
                row.getString(3),
                row.getLong(4),
                row.getDouble(5),
                WarehouseQuery.nullableDouble(row, "previous_pct"),
                row.getBoolean(7),
                row.getBoolean(8),
                row.getString(9),
                row.getString(10),
                row.getString(11)),
        period.previousTermId(),
        school.urn(),
        period.periodType(),
        period.periodId(),
        thresholds.firstLetterPct() / 100);
  }

  private static List<Outstanding> outstanding(
      WarehouseQuery query, SchoolInfo school, MartPeriod period) throws SQLException {
    return query.list(
        "select p.upn, "
            + NAME
            + ", count(*) filter (where i.issue = 'unresolved_code'),"
            + " count(*) filter (where i.issue = 'missing_mark'), count(*) filter (where"
            + " i.is_overdue), min(i.session_date)"
            + " from mart_register_issue i join dim_pupil p using (pupil_key)"
            + " where i.urn = ? and i.session_date <= ? and i.academic_year = ?"
            + " group by p.upn, p.surname, p.forename order by min(i.session_date), p.upn",
        row ->
            new Outstanding(
                row.getString(1),
                row.getString(2),
                row.getLong(3),
                row.getLong(4),
                row.getLong(5),
                row.getObject(6, LocalDate.class)),
        school.urn(),
        period.end(),
        period.academicYear());
  }

  private static Optional<List<Unexplained>> unexplained(
      WarehouseQuery query, SchoolInfo school, MartPeriod period) throws SQLException {
    if (!period.groupSource().equals(MartPeriod.MART)) {
      return Optional.empty();
    }
    return Optional.of(
        query.list(
            "select p.upn, "
                + NAME
                + ", sum(a.absence_sessions) as sessions"
                + " from mart_enrolment_absence a join dim_pupil p using (pupil_key)"
                + " where a.urn = ? and a.period_type = ? and a.period_id = ?"
                + " and a.reason_group = 'other_unauthorised'"
                + " group by all order by sessions desc, pupil_name, p.upn",
            row -> new Unexplained(row.getString(1), row.getString(2), row.getLong(3)),
            school.urn(),
            period.periodType(),
            period.periodId()));
  }

  private static List<Contacted> contacted(
      WarehouseQuery query, SchoolInfo school, MartPeriod period, LocalDate yearStart)
      throws SQLException {
    return query.list(
        "with contacts as (select pupil_key, min(contact_date) as first_contact,"
            + " arg_min(contact_mode, contact_date) as mode, count(*) as contacts"
            + " from fct_contact where urn = ? and contact_date between ? and ?"
            + " and pupil_key is not null group by pupil_key),"
            + " months as (select c.pupil_key, m.period_start, m.attendance_sessions,"
            + " m.possible_sessions, date_trunc('month', c.first_contact) as contact_month"
            + " from contacts c join mart_enrolment_period m on m.pupil_key = c.pupil_key"
            + " and m.urn = ? and m.period_type = 'month' and m.period_end <= ?),"
            + " rates as (select pupil_key,"
            + " 100.0 * sum(attendance_sessions) filter (where period_start < contact_month"
            + " and period_start >= contact_month - interval 3 month)"
            + " / nullif(sum(possible_sessions) filter (where period_start < contact_month"
            + " and period_start >= contact_month - interval 3 month), 0) as before_pct,"
            + " 100.0 * sum(attendance_sessions) filter (where period_start > contact_month"
            + " and period_start <= contact_month + interval 3 month)"
            + " / nullif(sum(possible_sessions) filter (where period_start > contact_month"
            + " and period_start <= contact_month + interval 3 month), 0) as after_pct"
            + " from months group by pupil_key)"
            + " select p.upn, "
            + NAME
            + ", c.first_contact, c.mode, c.contacts, r.before_pct,"
            + " r.after_pct"
            + " from contacts c join dim_pupil p using (pupil_key)"
            + " left join rates r using (pupil_key) order by c.first_contact, p.upn",
        row ->
            new Contacted(
                row.getString(1),
                row.getString(2),
                row.getObject(3, LocalDate.class),
                row.getString(4),
                row.getLong(5),
                WarehouseQuery.nullableDouble(row, "before_pct"),
                WarehouseQuery.nullableDouble(row, "after_pct")),
        school.urn(),
        yearStart,
        period.end(),
        school.urn(),
        period.end());
  }
}
