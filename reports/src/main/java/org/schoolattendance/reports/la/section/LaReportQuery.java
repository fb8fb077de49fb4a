package org.schoolattendance.reports.la.section;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.schoolattendance.reports.Figures;
import org.schoolattendance.reports.la.LaReport;
import org.schoolattendance.reports.la.LaSection;
import org.schoolattendance.reports.query.WarehouseQuery;

/** Builds the whole LA report: the cover's facts and every section, in reading order. */
public final class LaReportQuery {

  private LaReportQuery() {}

  public static LaReport build(LaContext context, boolean synthetic) throws SQLException {
    WarehouseQuery warehouse = context.warehouse();
    List<LocalDate[]> dates =
        warehouse.list(
            "select min(latest_register_date), max(latest_register_date) from dim_school"
                + " where la_code = ?",
            row ->
                new LocalDate[] {
                  row.getObject(1, LocalDate.class), row.getObject(2, LocalDate.class)
                },
            context.laCode());
    List<LaSection> sections = new ArrayList<>();
    sections.add(RegisterQualitySection.build(context));
    sections.add(SchoolRankingSection.build(context));
    sections.add(BenchmarkSection.build(context));
    sections.add(TrendSection.build(context));
    sections.add(AbsenceBandSection.build(context));
    sections.add(SubgroupGapSection.build(context));
    sections.add(ImpactSection.build(context));
    sections.add(SchoolContactSection.build(context));
    LocalDate figuresEnd = context.martPeriodEnd();
    String periodNote =
        context.period().yearToDate()
                && figuresEnd != null
                && !figuresEnd.equals(context.period().end())
            ? "Year-to-date figures run to the latest register date in the year, "
                + Figures.date(figuresEnd)
                + ", not to the as-of date."
            : null;
    return new LaReport(
        context.laCode(),
        publishedName(warehouse, context.laCode()),
        context.period(),
        dates.get(0)[1],
        dates.get(0)[0],
        synthetic,
        context.suppression().minimum(),
        sections,
        periodNote);
  }

  private static String publishedName(WarehouseQuery warehouse, String laCode) throws SQLException {
    List<String> names = new ArrayList<>();
    if (warehouse.tableExists("raw_dfe_statistical_neighbour")) {
      names.addAll(
          warehouse.list(
              "select la_name from raw_dfe_statistical_neighbour where la_code = ?"
                  + " and la_name is not null limit 1",
              row -> row.getString(1),
              laCode));
    }
    return names.isEmpty() ? null : names.get(0);
  }
}
