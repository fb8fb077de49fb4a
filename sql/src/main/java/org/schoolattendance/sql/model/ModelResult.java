package org.schoolattendance.sql.model;

import java.time.Duration;
import java.util.Locale;

/**
 * What building one model produced. Only tables are counted: a macro holds no rows, and counting a
 * view would run it, which for a view over every session costs more than building it.
 */
public record ModelResult(
    String name, Materialisation materialisation, long rows, Duration elapsed) {

  /** "macro", "view" or the table's row count, for progress lines and benchmark figures. */
  public String built() {
    return switch (materialisation) {
      case TABLE -> String.format(Locale.ROOT, "%,d rows", rows);
      case VIEW, MACRO -> materialisation.name().toLowerCase(Locale.ROOT);
    };
  }
}
