package org.schoolattendance.reports.pack.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.SimpleJasperReportsContext;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.schoolattendance.reports.JasperTemplates;
import org.schoolattendance.reports.PdfText;
import org.schoolattendance.reports.charts.TermTrendChart;

class PackDocumentRendererTest {

  private static final PackDocumentRenderer RENDERER = new PackDocumentRenderer();

  @Test
  void numbersTheContentsWithTheSectionsPages() throws IOException {
    List<Section> sections = new ArrayList<>();
    for (int i = 1; i <= 4; i++) {
      Table.Builder rows = Table.withHeader("Row", "Value");
      for (int r = 0; r < 40; r++) {
        rows.row("row " + r, String.valueOf(r));
      }
      sections.add(Section.of("Part " + i, List.of("Sentence " + i)).withTable(rows.build()));
    }
    sections.add(
        Section.of("Trend", List.of())
            .withChart(
                TermTrendChart.of(
                    "Attendance",
                    "School",
                    List.of(
                        new TermTrendChart.Point("2023/24 autumn", 93.0, 92.0, 92.5),
                        new TermTrendChart.Point("2023/24 spring", 92.0, 91.0, null)))));
    Path pdf =
        RENDERER.render(
            new PackLayout(cover(null, null), sections), Path.of("target", "contents-test.pdf"));

    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      String cover = PdfText.page(document, 1);
      assertThat(cover).contains("1 Part 1 2");
      int pages = document.getNumberOfPages();
      assertThat(PdfText.page(document, pages)).contains("Page " + pages + " of " + pages);
      for (int page = 2; page <= pages; page++) {
        String text = PdfText.page(document, page);
        for (int i = 1; i <= 4; i++) {
          if (text.contains(i + " Part " + i + " ")) {
            assertThat(cover).contains(i + " Part " + i + " " + page);
          }
        }
      }
    }
  }

  @Test
  void everyPageTheCoverIncludedCarriesTheSameFooterWithItsOwnPageNumber() throws IOException {
    Clock producedOn = Clock.fixed(Instant.parse("2025-01-06T09:00:00Z"), ZoneOffset.UTC);
    List<Section> sections = new ArrayList<>();
    for (int i = 1; i <= 2; i++) {
      Table.Builder rows = Table.withHeader("Row", "Value");
      for (int r = 0; r < 40; r++) {
        rows.row("row " + r, String.valueOf(r));
      }
      sections.add(Section.of("Part " + i, List.of()).withTable(rows.build()));
    }
    Path pdf =
        new PackDocumentRenderer(producedOn)
            .render(
                new PackLayout(cover("OFFICIAL-SENSITIVE", null), sections),
                Path.of("target", "footer-test.pdf"));

    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      int pages = document.getNumberOfPages();
      // The cover, then each 40-row table over two pages.
      assertThat(pages).isEqualTo(5);
      for (int page = 1; page <= pages; page++) {
        assertThat(PdfText.page(document, page))
            .as("page %d", page)
            .endsWith(
                "Governor attendance pack · 2024/25 autumn term · URN 1 · Test School"
                    + " SYNTHETIC DATA — not real pupils"
                    + " Source: school registers, data as of 13 December 2024"
                    + " · produced 6 January 2025"
                    + " OFFICIAL-SENSITIVE Page "
                    + page
                    + " of "
                    + pages
                    + " ");
      }
    }
  }

  @Test
  void compilesWithoutTheJavacClasspathLikeInsideAFatJar() throws Exception {
    // javac compiles against a classpath string, which in a fat jar cannot name the nested jars;
    // JDT loads classes through the class loader. A classpath naming nothing tells them apart.
    SimpleJasperReportsContext noClasspath =
        new SimpleJasperReportsContext(JasperTemplates.context());
    noClasspath.setProperty("net.sf.jasperreports.compiler.classpath", "/nonexistent");
    try (InputStream jrxml =
        getClass().getClassLoader().getResourceAsStream(PackDocumentRenderer.TEMPLATE)) {
      assertThat(JasperCompileManager.getInstance(noClasspath).compile(jrxml)).isNotNull();
    }
  }

  static Cover cover(String marking, String watermark) {
    return new Cover(
        "GOVERNOR ATTENDANCE PACK",
        "Test School",
        "URN 1",
        "2024/25 autumn term",
        "Data as of today",
        true,
        "For governors.",
        marking,
        marking,
        watermark,
        List.of("Attendance was fine."),
        "Governor attendance pack  ·  2024/25 autumn term  ·  URN 1  ·  Test School",
        LocalDate.of(2024, 12, 13),
        "Test pack");
  }
}
