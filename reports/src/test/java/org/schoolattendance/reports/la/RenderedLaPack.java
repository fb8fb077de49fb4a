package org.schoolattendance.reports.la;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import net.sf.jasperreports.engine.JasperPrint;
import org.schoolattendance.reports.la.render.LaPdfRenderer;
import org.schoolattendance.reports.la.section.LaContext;
import org.schoolattendance.reports.la.section.LaReportQuery;
import org.schoolattendance.reports.pack.Pack;
import org.schoolattendance.reports.pack.PackFile;
import org.schoolattendance.reports.pack.PackRequest;

/** The fixture's LA pack, rendered once per test run and shared by the test classes. */
final class RenderedLaPack {

  private static RenderedLaPack instance;

  final Path folder;
  final List<PackFile> files;
  final LaReport report;
  final JasperPrint print;

  private RenderedLaPack() throws IOException, SQLException {
    folder = Files.createTempDirectory("la-pack-test");
    try (Connection warehouse = LaWarehouseFixture.create(folder)) {
      files =
          new LaPacks()
              .render(
                  warehouse,
                  new PackRequest("2023/24-autumn", null, null, Set.of(Pack.LA), true),
                  LaWarehouseFixture.AUTUMN_2023,
                  folder.resolve("packs"));
      report = LaReportQuery.build(LaContext.open(warehouse, LaWarehouseFixture.AUTUMN_2023), true);
    }
    print = new LaPdfRenderer().print(report);
  }

  static synchronized RenderedLaPack get() {
    if (instance == null) {
      try {
        instance = new RenderedLaPack();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    }
    return instance;
  }

  Path pdf() {
    return files.get(0).path();
  }

  Path workbook() {
    return files.get(1).path();
  }
}
