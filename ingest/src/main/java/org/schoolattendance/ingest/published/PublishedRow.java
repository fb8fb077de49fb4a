package org.schoolattendance.ingest.published;

import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVRecord;

/** The dimension values of one row of a published statistics file. */
final class PublishedRow {

  private final List<String> header;
  private final CSVRecord record;
  private final Object[] dimensions;

  PublishedRow(List<String> header, CSVRecord record, PublishedFile entry) {
    this.header = header;
    this.record = record;
    String timePeriod = first(StatisticColumns.TIME_PERIOD);
    String timeIdentifier = first(StatisticColumns.TIME_IDENTIFIER);
    String laCode = first(StatisticColumns.LA_CODE);
    this.dimensions =
        new Object[] {
          timePeriod == null ? entry.timePeriod() : timePeriod,
          timeIdentifier == null ? entry.timeIdentifier() : timeIdentifier,
          entry.periodType(),
          first(StatisticColumns.GEOGRAPHIC_LEVEL),
          value("country_code"),
          value("region_code"),
          value("region_name"),
          laCode == null || StatisticColumns.NO_LA.contains(laCode) ? null : laCode,
          value("new_la_code"),
          value("la_name"),
          first(StatisticColumns.SCHOOL_TYPE),
          value("characteristic"),
          population(value("social_care_group"))
        };
  }

  /** One row of {@code raw_dfe_statistic} for one measure's cell. */
  Object[] cell(PublishedFile entry, long line, String measure, String text, long loadId) {
    String cell = text.strip();
    Double number = parse(cell);
    Object[] row = new Object[20];
    row[0] = entry.path();
    row[1] = line;
    row[2] = entry.dataset();
    System.arraycopy(dimensions, 0, row, 3, dimensions.length);
    row[16] = measure;
    row[17] = number;
    row[18] = number == null && !cell.isEmpty() ? cell : null;
    row[19] = loadId;
    return row;
  }

  private String first(List<String> names) {
    for (String name : names) {
      String found = value(name);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  private String value(String name) {
    int column = header.indexOf(name);
    if (column < 0) {
      return null;
    }
    String text = record.get(column).strip();
    return text.isEmpty() ? null : text;
  }

  private static String population(String socialCareGroup) {
    if (socialCareGroup == null) {
      return "all_pupils";
    }
    return StatisticColumns.POPULATIONS.getOrDefault(
        socialCareGroup, socialCareGroup.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_"));
  }

  private static Double parse(String cell) {
    if (cell.isEmpty() || !cell.matches("-?[0-9.]*[0-9][0-9.eE+-]*")) {
      return null;
    }
    try {
      return Double.valueOf(cell);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
