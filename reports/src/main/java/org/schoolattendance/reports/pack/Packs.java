package org.schoolattendance.reports.pack;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.schoolattendance.reports.la.LaPacks;
import org.schoolattendance.reports.school.SchoolPacks;

/** Renders the requested packs from the warehouse into a folder, with predictable file names. */
public final class Packs {

  private final SchoolPacks schoolPacks = new SchoolPacks();
  private final LaPacks laPacks = new LaPacks();

  /**
   * @param warehouse a read-only connection to the built warehouse
   * @param request what to render
   * @param outputFolder where to write (created if missing; files of the same name are replaced)
   * @return every file written, school documents first (in URN order), then the LA's
   */
  public List<PackFile> render(Connection warehouse, PackRequest request, Path outputFolder)
      throws SQLException {
    PackPeriod period = PackPeriods.resolve(warehouse, request);
    List<PackFile> files = new ArrayList<>();
    files.addAll(schoolPacks.render(warehouse, request, period, outputFolder));
    if (request.packs().contains(Pack.LA)) {
      files.addAll(laPacks.render(warehouse, request, period, outputFolder));
    }
    return files;
  }
}
