package org.schoolattendance.reports.la;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schoolattendance.reports.pack.Pack;
import org.schoolattendance.reports.pack.PackDocument;
import org.schoolattendance.reports.pack.PackFile;
import org.schoolattendance.reports.pack.PackRequest;

class LaPacksTest {

  @TempDir static Path folder;

  private static List<PackFile> files;
  private static String text;

  @BeforeAll
  static void renderOnce() throws SQLException, IOException {
    try (Connection warehouse = LaWarehouseFixture.create(folder)) {
      files =
          new LaPacks()
              .render(
                  warehouse,
                  new PackRequest("2023/24-autumn", null, null, Set.of(Pack.LA), true),
                  LaWarehouseFixture.AUTUMN_2023,
                  folder.resolve("packs"));
    }
    try (PDDocument pdf = Loader.loadPDF(files.get(0).path().toFile())) {
      text = new PDFTextStripper().getText(pdf);
    }
    Files.writeString(Path.of("/tmp/la-eng/la-text.txt"), text);
    Files.copy(
        files.get(0).path(),
        Path.of("/tmp/la-eng/la.pdf"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Files.copy(
        files.get(1).path(),
        Path.of("/tmp/la-eng/la.xlsx"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  @Test
  void writesThePdfAndTheWorkbookUnderTheirPredictableNames() {
    assertThat(files)
        .extracting(PackFile::document)
        .containsExactly(PackDocument.LA_COMPARISON, PackDocument.LA_TABLES);
    assertThat(files.get(0).path().getFileName().toString())
        .isEqualTo("la-307-2023-24-autumn-la-comparison.pdf");
    assertThat(files.get(1).path().getFileName().toString())
        .isEqualTo("la-307-2023-24-autumn-la-comparison.xlsx");
  }
}
