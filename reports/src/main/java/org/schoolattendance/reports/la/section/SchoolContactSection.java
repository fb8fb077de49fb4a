package org.schoolattendance.reports.la.section;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.schoolattendance.reports.la.LaSection;
import org.schoolattendance.reports.la.table.Cell;
import org.schoolattendance.reports.la.table.LaTable;
import org.schoolattendance.reports.la.table.RowKind;
import org.schoolattendance.reports.la.table.TableRow;

/**
 * Contacts made by each school in the academic year to the period's end (fct_contact), with the
 * school's own in-person estimate where the impact study has one (at least 30 pupils contacted).
 */
public final class SchoolContactSection {

  static final String TITLE = "Home-visit programme: contacts and impact by school";

  /** The counted columns: header, and the SQL expression counting them. */
  private static final Map<String, String> COUNTS = new LinkedHashMap<>();

  static {
    COUNTS.put("Pupils contacted", "count(distinct pupil_key)");
    COUNTS.put("Home visits", "count(*) filter (where contact_mode = 'home_visit')");
    COUNTS.put("In-school meetings", "count(*) filter (where contact_mode = 'in_school_meeting')");
    COUNTS.put(
        "Calls (phone or video)", "count(*) filter (where contact_mode in ('phone', 'video'))");
    COUNTS.put("Letters", "count(*) filter (where contact_mode = 'letter')");
    COUNTS.put("Formal steps", "count(*) filter (where contact_mode = 'formal')");
  }

  private record School(String urn, String name, List<Long> counts) {}

  private SchoolContactSection() {}

  public static LaSection build(LaContext context) throws SQLException {
    if (!context.warehouse().tableExists("fct_contact")) {
      return LaSection.notAvailable(TITLE, "no intervention log has been loaded");
    }
    List<School> schools = schools(context);
    EventStudy study = EventStudy.load(context.warehouse());
    List<Set<String>> hidden = hiddenPerColumn(context, schools);
    List<String> headers = new ArrayList<>();
    headers.add("School (URN)");
    headers.addAll(COUNTS.keySet());
    headers.addAll(List.of("School's own effect, month +3", "95% interval from", "to"));
    List<TableRow> rows = new ArrayList<>();
    long[] totals = new long[COUNTS.size()];
    for (School school : schools) {
      List<Cell> cells = new ArrayList<>();
      cells.add(Cell.text(school.name() + " (" + school.urn() + ")"));
      for (int i = 0; i < COUNTS.size(); i++) {
        long count = school.counts().get(i);
        totals[i] += count;
        cells.add(hidden.get(i).contains(school.urn()) ? Cell.suppressed() : Cell.count(count));
      }
      EventStudy.Estimate own =
          study == null ? null : study.school(school.urn(), ImpactSection.HEADLINE_MONTH);
      cells.add(ImpactSection.effect(own));
      cells.add(Cell.points(own == null ? null : own.low()));
      cells.add(Cell.points(own == null ? null : own.high()));
      rows.add(new TableRow(RowKind.ROW, cells));
    }
    List<Cell> total = new ArrayList<>();
    total.add(Cell.text("All schools in the LA"));
    for (int i = 0; i < totals.length; i++) {
      // With one school hidden, the total minus the others would reveal it.
      total.add(hidden.get(i).size() == 1 ? Cell.suppressed() : Cell.count(totals[i]));
    }
    EventStudy.Estimate pooled =
        study == null ? null : study.all("in_person", ImpactSection.HEADLINE_MONTH);
    total.add(ImpactSection.effect(pooled));
    total.add(Cell.points(pooled == null ? null : pooled.low()));
    total.add(Cell.points(pooled == null ? null : pooled.high()));
    rows.add(new TableRow(RowKind.TOTAL, total));
    return new LaSection(
        TITLE,
        sentences(schools, study),
        null,
        new LaTable("Contacts by school", headers, rows),
        List.of(
            "Contacts logged from the start of the academic year to the end of the period. A"
                + " school's own estimate appears only where at least 30 pupils had a first"
                + " in-person contact; otherwise read the LA's pooled estimate (last row).",
            "c: fewer than "
                + context.suppression().minimum()
                + " (and, where only one school"
                + " would be hidden, the next smallest too, so the LA total cannot reveal it)."));
  }

  private static List<School> schools(LaContext context) throws SQLException {
    List<String> aliased = new ArrayList<>();
    COUNTS.values().forEach(count -> aliased.add(count + " as c" + aliased.size()));
    String counts = String.join(", ", aliased);
    int columns = COUNTS.size();
    List<LocalDate> yearStart =
        context
            .warehouse()
            .list(
                "select year_start from dim_date where date_day = ?",
                row -> row.getObject(1, LocalDate.class),
                context.period().end());
    return context
        .warehouse()
        .list(
            "select s.urn, s.school_name, "
                + prefixed(counts)
                + " from dim_school s left join (select urn, "
                + counts
                + " from fct_contact where contact_date between ? and ? group by urn) c"
                + " on c.urn = s.urn where s.la_code = ? order by s.school_name, s.urn",
            row -> {
              List<Long> values = new ArrayList<>();
              for (int i = 0; i < columns; i++) {
                values.add(row.getLong(3 + i));
              }
              return new School(row.getString(1), row.getString(2), values);
            },
            yearStart.isEmpty() ? context.period().start() : yearStart.get(0),
            context.period().end(),
            context.laCode());
  }

  /** The subquery's columns, named c0..cN, read with coalesce so schools without contacts are 0. */
  private static String prefixed(String counts) {
    StringBuilder columns = new StringBuilder();
    for (int i = 0; i < COUNTS.size(); i++) {
      columns.append(i == 0 ? "" : ", ").append("coalesce(c.c").append(i).append(", 0)");
    }
    return columns.toString();
  }

  private static List<Set<String>> hiddenPerColumn(LaContext context, List<School> schools) {
    List<Set<String>> hidden = new ArrayList<>();
    for (int i = 0; i < COUNTS.size(); i++) {
      Map<String, Long> sizes = new LinkedHashMap<>();
      for (School school : schools) {
        sizes.put(school.urn(), school.counts().get(i));
      }
      hidden.add(context.suppression().suppressedGroups(sizes));
    }
    return hidden;
  }

  private static List<String> sentences(List<School> schools, EventStudy study) {
    long withOwn =
        study == null
            ? 0
            : schools.stream()
                .filter(s -> study.school(s.urn(), ImpactSection.HEADLINE_MONTH) != null)
                .count();
    return List.of(
        "%d of %d schools had enough pupils contacted in person (at least 30) for an estimate of"
                .formatted(withOwn, schools.size())
            + " their own.");
  }
}
