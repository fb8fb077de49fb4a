package org.schoolattendance.sql.model;

import java.time.Duration;

/** What building one model produced (a macro holds no rows, so its count is zero). */
public record ModelResult(String name, String layer, long rows, Duration elapsed) {

  public boolean isMacro() {
    return layer.equals(Materialisation.MACRO_LAYER);
  }
}
