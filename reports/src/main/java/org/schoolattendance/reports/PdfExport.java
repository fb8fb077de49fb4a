package org.schoolattendance.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;

/** Writes a filled report to a PDF file. */
public final class PdfExport {

  private PdfExport() {}

  /**
   * Exports {@code print} to {@code output}. The PDF is written next to the target and moved into
   * place at the end, so a failed export never leaves a truncated file under the final name.
   *
   * @param title the document title shown by PDF viewers (and read out by screen readers)
   */
  public static Path write(JasperPrint print, Path output, String title) {
    Path target = output.toAbsolutePath();
    Path partial = null;
    try {
      Files.createDirectories(target.getParent());
      partial = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".part");
      try (OutputStream out = Files.newOutputStream(partial)) {
        exporter(print, out, title).exportReport();
      }
      Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
      return output;
    } catch (JRException | IOException e) {
      throw new ReportRenderingException("cannot write PDF " + output, e);
    } finally {
      deleteQuietly(partial);
    }
  }

  private static JRPdfExporter exporter(JasperPrint print, OutputStream out, String title) {
    SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
    configuration.setMetadataTitle(title);
    configuration.setDisplayMetadataTitle(true);
    configuration.setMetadataCreator("attendance warehouse");

    JRPdfExporter exporter = new JRPdfExporter(JasperTemplates.context());
    exporter.setExporterInput(new SimpleExporterInput(print));
    exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
    exporter.setConfiguration(configuration);
    return exporter;
  }

  private static void deleteQuietly(Path partial) {
    if (partial == null) {
      return;
    }
    try {
      Files.deleteIfExists(partial);
    } catch (IOException ignored) {
      // Only a leftover temporary file; the export itself already succeeded or failed.
    }
  }
}
