package org.schoolattendance.reports.school;

import java.nio.file.Path;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import org.schoolattendance.reports.JasperTemplates;
import org.schoolattendance.reports.PdfExport;
import org.schoolattendance.reports.ReportRenderingException;

/**
 * Renders the one-school attendance summary PDF. The template is compiled once per JVM; one
 * renderer can render any number of schools, from several threads.
 */
public final class SchoolPackRenderer {

  static final String TEMPLATE = "templates/school-summary.jrxml";

  private final JasperReport report;

  public SchoolPackRenderer() {
    this.report = JasperTemplates.compiled(TEMPLATE);
  }

  /** Writes the pack to {@code outputPdf} (replacing any file there) and returns that path. */
  public Path render(SchoolPack pack, Path outputPdf) {
    return PdfExport.write(fill(pack), outputPdf, title(pack));
  }

  JasperPrint fill(SchoolPack pack) {
    try {
      return JasperFillManager.getInstance(JasperTemplates.context())
          .fill(
              report,
              SchoolSummaryParameters.of(pack),
              new JRMapCollectionDataSource(TrendTable.rows(pack.trend())));
    } catch (JRException e) {
      throw new ReportRenderingException("cannot fill the school summary for URN " + pack.urn(), e);
    }
  }

  private static String title(SchoolPack pack) {
    return "Attendance summary: " + pack.schoolName() + ", " + pack.termLabel();
  }
}
