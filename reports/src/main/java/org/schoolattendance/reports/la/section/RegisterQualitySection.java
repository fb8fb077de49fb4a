package org.schoolattendance.reports.la.section;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.schoolattendance.reports.Figures;
import org.schoolattendance.reports.la.LaSection;
import org.schoolattendance.reports.la.table.Cell;
import org.schoolattendance.reports.la.table.LaTable;
import org.schoolattendance.reports.la.table.TableRow;
import org.schoolattendance.reports.query.WarehouseQuery;

/**
 * Data freshness and quality per school: the latest register date, missing marks and unresolved N
 * codes (mart_school_register_quality), and census-versus-register mismatches for the pack's term
 * or, failing that, the latest census term (mart_school_census_reconciliation).
 */
public final class RegisterQualitySection {

  static final String TITLE = "Data freshness, register quality and census checks";

  private static final List<String> HEADERS =
      List.of(
          "School (URN)",
          "Latest register marks",
          "School days behind the LA",
          "Missing marks (sessions)",
          "of which over 5 school days",
          "N codes (sessions)",
          "of which over 5 school days",
          "Census term",
          "Pupils in census",
          "Totals differ",
          "In census only",
          "In register only");

  private record School(
      String urn,
      String name,
      LocalDate latest,
      long daysBehind,
      long missing,
      long overdueMissing,
      long unresolved,
      long overdueUnresolved,
      String censusTerm,
      Long censusPupils,
      Long totalsDiffer,
      Long censusOnly,
      Long registerOnly) {}

  private RegisterQualitySection() {}

  public static LaSection build(LaContext context) throws SQLException {
    WarehouseQuery warehouse = context.warehouse();
    if (!warehouse.tableExists("mart_school_register_quality")) {
      return LaSection.notAvailable(TITLE, "the register quality mart has not been built");
    }
    boolean census = warehouse.tableExists("mart_school_census_reconciliation");
    List<School> schools =
        warehouse.list(
            query(census), RegisterQualitySection::read, censusParameters(context, census));
    if (schools.isEmpty()) {
      return LaSection.notAvailable(TITLE, "no school of the LA has register marks");
    }
    List<TableRow> rows = new ArrayList<>();
    for (School school : schools) {
      rows.add(
          TableRow.of(
              Cell.text(school.name() + " (" + school.urn() + ")"),
              Cell.date(school.latest()),
              Cell.count(school.daysBehind()),
              Cell.count(school.missing()),
              Cell.count(school.overdueMissing()),
              Cell.count(school.unresolved()),
              Cell.count(school.overdueUnresolved()),
              school.censusTerm() == null ? Cell.notAvailable() : Cell.text(school.censusTerm()),
              count(school.censusPupils()),
              count(school.totalsDiffer()),
              count(school.censusOnly()),
              count(school.registerOnly())));
    }
    return new LaSection(
        TITLE,
        sentences(schools, census),
        null,
        new LaTable("Data quality", HEADERS, rows),
        List.of(
            "Missing marks are sessions with no register mark; N codes are absences whose reason"
                + " is not yet known. Both should be resolved within 5 school days.",
            "Census checks compare each pupil's census attendance with the register marks for the"
                + " same term. They count records to put right, not pupils' attendance, so they"
                + " are not suppressed."));
  }

  private static String query(boolean census) {
    String censusColumns =
        census
            ? "c.term_id, c.census_pupils, c.pupils_with_totals_differing,"
                + " c.pupils_in_census_only, c.pupils_in_register_only"
            : "null as term_id, null as census_pupils, null as pupils_with_totals_differing,"
                + " null as pupils_in_census_only, null as pupils_in_register_only";
    String censusJoin =
        census
            ? " left join (select * from mart_school_census_reconciliation"
                + " qualify row_number() over (partition by urn"
                + " order by (term_id = ?) desc, term_id desc) = 1) c on c.urn = q.urn"
            : "";
    return "select q.urn, q.school_name, q.latest_register_date, q.school_days_behind_la,"
        + " q.missing_mark_sessions, q.overdue_missing_mark_sessions,"
        + " q.unresolved_code_sessions, q.overdue_unresolved_code_sessions, "
        + censusColumns
        + " from mart_school_register_quality q"
        + censusJoin
        + " where q.la_code = ? order by q.school_name, q.urn";
  }

  private static Object[] censusParameters(LaContext context, boolean census) {
    return census
        ? new Object[] {context.period().id(), context.laCode()}
        : new Object[] {context.laCode()};
  }

  private static School read(ResultSet row) throws SQLException {
    return new School(
        row.getString("urn"),
        row.getString("school_name"),
        row.getObject("latest_register_date", LocalDate.class),
        row.getLong("school_days_behind_la"),
        row.getLong("missing_mark_sessions"),
        row.getLong("overdue_missing_mark_sessions"),
        row.getLong("unresolved_code_sessions"),
        row.getLong("overdue_unresolved_code_sessions"),
        row.getString("term_id"),
        nullableLong(row, "census_pupils"),
        nullableLong(row, "pupils_with_totals_differing"),
        nullableLong(row, "pupils_in_census_only"),
        nullableLong(row, "pupils_in_register_only"));
  }

  private static Long nullableLong(ResultSet row, String column) throws SQLException {
    long value = row.getLong(column);
    return row.wasNull() ? null : value;
  }

  private static Cell count(Long value) {
    return value == null ? Cell.notAvailable() : Cell.count(value);
  }

  private static List<String> sentences(List<School> schools, boolean census) {
    List<String> sentences = new ArrayList<>();
    List<School> behind = schools.stream().filter(s -> s.daysBehind() > 0).toList();
    if (behind.isEmpty()) {
      sentences.add("Every school's register marks run to the LA's latest date.");
    } else {
      School furthest = behind.stream().max(Comparator.comparingLong(School::daysBehind)).get();
      sentences.add(
          "%d of %d schools have register marks older than the LA's latest date; the furthest"
                  .formatted(behind.size(), schools.size())
              + " behind is %s, by %s school days (latest marks %s)."
                  .formatted(
                      furthest.name(),
                      Figures.count(furthest.daysBehind()),
                      Figures.date(furthest.latest())));
    }
    long overdue =
        schools.stream().mapToLong(s -> s.overdueMissing() + s.overdueUnresolved()).sum();
    long withOverdue =
        schools.stream().filter(s -> s.overdueMissing() + s.overdueUnresolved() > 0).count();
    sentences.add(
        overdue == 0
            ? "No school has missing marks or N codes older than 5 school days."
            : "%s sessions at %d schools have missing marks or N codes older than 5 school days."
                .formatted(Figures.count(overdue), withOverdue));
    if (census) {
      long differ = schools.stream().mapToLong(s -> orZero(s.totalsDiffer())).sum();
      sentences.add(
          "In the census terms shown, %s pupil records differ between census and register."
              .formatted(Figures.count(differ)));
    }
    return sentences;
  }

  private static long orZero(Long value) {
    return value == null ? 0 : value;
  }
}
