package org.schoolattendance.reports.la.section;

import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import org.schoolattendance.reports.AcademicYears;
import org.schoolattendance.reports.pack.PackPeriod;
import org.schoolattendance.reports.query.WarehouseQuery;

/**
 * Which published DfE rows describe the same period as the pack. A term matches the DfE's term of
 * the same academic year ("Autumn term" of 202324 for 2023/24-autumn). A year to date matches a
 * published year to date only when both end on the same day: the DfE's daily-data files are named
 * by their last day ({@code attendance-2023-24-to-2024-01-12/}), and a year to date to another day
 * is a different period.
 */
final class PublishedMatch {

  /** The SQL condition on raw_dfe_statistic, and its parameters. */
  record Condition(String sql, List<Object> parameters) {}

  private PublishedMatch() {}

  static Condition of(PackPeriod period) {
    String timePeriod = AcademicYears.dfeTimePeriod(period.academicYear());
    if (period.yearToDate()) {
      return new Condition(
          "period_type = 'year_to_date' and time_period = ? and source_file like ?",
          List.of(timePeriod, "%-to-" + period.end() + "/%"));
    }
    String term = period.id().substring(period.academicYear().length() + 1);
    return new Condition(
        "period_type = 'term' and time_period = ? and lower(time_identifier) = ?",
        List.of(timePeriod, term.toLowerCase(Locale.ROOT) + " term"));
  }

  /** The published periods on hand, e.g. "term 202324 Autumn term", to say what would match. */
  static List<String> available(WarehouseQuery warehouse) throws SQLException {
    return warehouse.list(
        "select distinct period_type, time_period, time_identifier,"
            + " regexp_extract(source_file, '-to-([0-9-]+)/', 1) as ending"
            + " from raw_dfe_statistic where period_type in ('term', 'year_to_date')"
            + " order by 1, 2, 3",
        row -> describe(row.getString(1), row.getString(2), row.getString(3), row.getString(4)));
  }

  private static String describe(String type, String timePeriod, String identifier, String end) {
    String year =
        timePeriod.length() == 6
            ? timePeriod.substring(0, 4) + "/" + timePeriod.substring(4)
            : timePeriod;
    if ("term".equals(type)) {
      return identifier.toLowerCase(Locale.ROOT) + " " + year;
    }
    return year + " year to date" + (end == null || end.isEmpty() ? "" : " to " + end);
  }
}
