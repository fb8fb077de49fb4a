package org.schoolattendance.reports.la.section;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.schoolattendance.reports.SameDateLastYear;
import org.schoolattendance.reports.pack.PackPeriod;
import org.schoolattendance.reports.privacy.SmallGroupSuppression;
import org.schoolattendance.reports.query.WarehouseQuery;

/**
 * What every section of one LA pack shares: the warehouse, the LA, the period and the suppression
 * rule.
 */
public final class LaContext {

  private final WarehouseQuery warehouse;
  private final String laCode;
  private final PackPeriod period;
  private final SmallGroupSuppression suppression;

  LaContext(WarehouseQuery warehouse, String laCode, PackPeriod period, long suppressionMinimum) {
    this.warehouse = warehouse;
    this.laCode = laCode;
    this.period = period;
    this.suppression = new SmallGroupSuppression(suppressionMinimum);
  }

  /** The LA of the schools in {@code dim_school}, and the suppression size in seed_parameter. */
  public static LaContext open(Connection connection, PackPeriod period) throws SQLException {
    WarehouseQuery warehouse = new WarehouseQuery(connection);
    List<String> codes =
        warehouse.list(
            "select la_code from dim_school group by la_code order by count(*) desc, la_code",
            row -> row.getString(1));
    if (codes.isEmpty()) {
      throw new IllegalStateException("dim_school is empty: load the school directory first");
    }
    List<Long> minimum =
        warehouse.list(
            "select cast(value as bigint) from seed_parameter"
                + " where name = 'suppression_min_enrolments'",
            row -> row.getLong(1));
    return new LaContext(warehouse, codes.get(0), period, minimum.isEmpty() ? 10 : minimum.get(0));
  }

  WarehouseQuery warehouse() {
    return warehouse;
  }

  public String laCode() {
    return laCode;
  }

  public PackPeriod period() {
    return period;
  }

  public SmallGroupSuppression suppression() {
    return suppression;
  }

  /** The period's identifier in the marts: {@code 2024/25-autumn}, or {@code 2024/25-ytd}. */
  String martPeriodId() {
    return period.yearToDate() ? period.academicYear() + "-ytd" : period.id();
  }

  /**
   * The last day the marts' figures for the period cover: for a year to date, the latest register
   * date in that year, which is later than the as-of date when newer marks have been loaded.
   */
  LocalDate martPeriodEnd() throws SQLException {
    return warehouse
        .first(
            "select max(period_end) from mart_group_period where la_code = ? and period_id = ?",
            row -> row.getObject(1, LocalDate.class),
            laCode,
            martPeriodId())
        .orElse(null);
  }

  /** A year to date's comparison period as the marts hold it; empty for a term or none held. */
  Optional<SameDateLastYear> sameDateLastYear() throws SQLException {
    return period.yearToDate()
        ? SameDateLastYear.held(warehouse, period.academicYear())
        : Optional.empty();
  }
}
