package org.schoolattendance.reports.la;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.schoolattendance.reports.la.render.LaPdfRenderer;
import org.schoolattendance.reports.la.render.LaWorkbookWriter;
import org.schoolattendance.reports.la.section.LaContext;
import org.schoolattendance.reports.la.section.LaReportQuery;
import org.schoolattendance.reports.pack.PackDocument;
import org.schoolattendance.reports.pack.PackFile;
import org.schoolattendance.reports.pack.PackPeriod;
import org.schoolattendance.reports.pack.PackRequest;

/** The LA borough comparison: a PDF and its XLSX companion. */
public final class LaPacks {

  private LaPdfRenderer pdfRenderer;
  private final LaWorkbookWriter workbookWriter = new LaWorkbookWriter();

  /** Renders the LA comparison PDF and XLSX for the period. */
  public List<PackFile> render(
      Connection warehouse, PackRequest request, PackPeriod period, Path outputFolder)
      throws SQLException {
    LaReport report = LaReportQuery.build(LaContext.open(warehouse, period), request.synthetic());
    Path pdf =
        pdfRenderer()
            .render(
                report,
                outputFolder.resolve(
                    PackFile.fileName(PackDocument.LA_COMPARISON, report.laCode(), period)));
    Path xlsx =
        workbookWriter.write(
            report,
            outputFolder.resolve(
                PackFile.fileName(PackDocument.LA_TABLES, report.laCode(), period)));
    String name = report.displayName();
    return List.of(
        new PackFile(PackDocument.LA_COMPARISON, null, report.laCode(), name, period, pdf),
        new PackFile(PackDocument.LA_TABLES, null, report.laCode(), name, period, xlsx));
  }

  /** Compiled on first use, so building a Packs facade costs nothing when no LA pack is asked. */
  private LaPdfRenderer pdfRenderer() {
    if (pdfRenderer == null) {
      pdfRenderer = new LaPdfRenderer();
    }
    return pdfRenderer;
  }
}
