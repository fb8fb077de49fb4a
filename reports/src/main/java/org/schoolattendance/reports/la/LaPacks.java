package org.schoolattendance.reports.la;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.schoolattendance.reports.pack.PackFile;
import org.schoolattendance.reports.pack.PackPeriod;
import org.schoolattendance.reports.pack.PackRequest;

/** The LA borough comparison: a PDF and its XLSX companion. */
public final class LaPacks {

  /** Renders the LA comparison PDF and XLSX for the period. */
  public List<PackFile> render(
      Connection warehouse, PackRequest request, PackPeriod period, Path outputFolder)
      throws SQLException {
    return List.of(); // not built yet
  }
}
