package org.schoolattendance.reports.school;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.schoolattendance.reports.pack.Pack;
import org.schoolattendance.reports.pack.PackDocument;
import org.schoolattendance.reports.pack.PackFile;
import org.schoolattendance.reports.pack.PackPeriod;
import org.schoolattendance.reports.pack.PackRequest;

/** The per-school packs: governor, head (with its annex) and Ofsted-ready. */
public final class SchoolPacks {

  private final SchoolPackRenderer summary = new SchoolPackRenderer();

  /** Renders the requested per-school packs for every school (or the one asked for). */
  public List<PackFile> render(
      Connection warehouse, PackRequest request, PackPeriod period, Path outputFolder)
      throws SQLException {
    List<PackFile> files = new ArrayList<>();
    if (!request.packs().contains(Pack.GOVERNOR)) {
      return files;
    }
    // First version: the school summary stands in for the governor pack until the packs exist.
    SchoolPackQuery query = new SchoolPackQuery(warehouse, period.end(), request.synthetic());
    List<String> urns =
        request.onlyUrn() != null
            ? List.of(request.onlyUrn())
            : query.schoolsWithFigures(period.id());
    for (String urn : urns) {
      SchoolPack pack = query.forSchool(urn, period.id());
      Path pdf = outputFolder.resolve(PackFile.fileName(PackDocument.GOVERNOR, urn, period));
      summary.render(pack, pdf);
      files.add(
          new PackFile(PackDocument.GOVERNOR, urn, pack.laCode(), pack.schoolName(), period, pdf));
    }
    return files;
  }
}
