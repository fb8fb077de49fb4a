package org.schoolattendance.reports.school;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.SimpleJasperReportsContext;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schoolattendance.reports.JasperTemplates;

class SchoolPackRendererTest {

  private static SchoolPackRenderer renderer;

  @TempDir Path dir;

  @BeforeAll
  static void compileOnce() {
    renderer = new SchoolPackRenderer();
  }

  @Test
  void showsTheCoverAndFreshness() throws IOException {
    String text = text(render(SamplePacks.synthetic()));

    assertThat(text)
        .contains("Riverside Community Primary School")
        .contains("URN 123456")
        .contains("LA 202")
        .contains("Primary")
        .contains("2024/25 summer term")
        .contains("Data as of 21 July 2025")
        .contains("Latest register marks: 18 July 2025");
  }

  @Test
  void showsHeadlineFiguresRoundedHalfUpBesideTheLa() throws IOException {
    String text = text(render(SamplePacks.synthetic()));

    assertThat(text)
        .contains("Attendance rate 93.1% 92.7%")
        .contains("Overall absence rate 6.9% 7.3%")
        .contains("Authorised 4.4% 4.9%")
        .contains("Unauthorised 2.5% 2.5%")
        .contains("Persistent absence rate (missing ≥10%) 17.2% 18.0%")
        .contains("Persistently absent enrolments 71 8,123")
        .contains("Severe absence rate (missing ≥50%) 1.0% 2.3%")
        .contains("Severely absent enrolments 4 1,021")
        .contains("Enrolments 412 45,210")
        .contains("Possible sessions 123,456 13,654,321")
        .contains("Days lost to absence 4,281 502,114.5");
  }

  @Test
  void explainsTheComparisonInOneSentence() throws IOException {
    assertThat(text(render(SamplePacks.synthetic())))
        .contains(
            "Attendance this term was 93.1%, 0.4 percentage points higher than the local"
                + " authority (92.7%).");
  }

  @Test
  void listsEveryTermWithNotAvailableForMissingLaFigures() throws IOException {
    String text = text(render(SamplePacks.synthetic()));

    assertThat(text)
        .contains("2023/24 autumn 94.1% 5.9% 14.9% 93.5%")
        .contains("2023/24 spring 92.8% 7.2% 18.1% not available")
        .contains("2024/25 spring 92.5% 7.5% 18.9% not available")
        .contains("2024/25 summer 93.1% 6.9% 17.2% 92.7%");
  }

  @Test
  void explainsTheMethodAndNumbersThePages() throws IOException {
    String text = text(render(SamplePacks.synthetic()));

    assertThat(text)
        .contains("How these figures are calculated")
        .contains("Overall absence = authorised + unauthorised")
        .contains("Page 1 of 1");
  }

  @Test
  void marksSyntheticDataOnTheCoverAndInEveryFooter() throws IOException {
    List<TermRow> longTrend = new ArrayList<>();
    for (int year = 2000; year < 2025; year++) {
      String label = "%d/%02d autumn".formatted(year, (year + 1) % 100);
      longTrend.add(new TermRow(label, 93.0, 7.0, 17.0, 92.0));
    }
    Path pdf = render(SamplePacks.pack("Riverside Community Primary School", true, longTrend));

    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      assertThat(document.getNumberOfPages()).isEqualTo(2);
      String cover = pageText(document, 1);
      assertThat(countOf(cover, "SYNTHETIC DATA — not real pupils")).isEqualTo(2);
      assertThat(cover).contains("Page 1 of 2");
      String second = pageText(document, 2);
      assertThat(second).contains("SYNTHETIC DATA — not real pupils").contains("Page 2 of 2");
      assertThat(second).contains("Attendance by term (continued)");
    }
  }

  @Test
  void titlesTheDocumentForViewersAndScreenReaders() throws IOException {
    try (PDDocument document = Loader.loadPDF(render(SamplePacks.synthetic()).toFile())) {
      assertThat(document.getDocumentInformation().getTitle())
          .isEqualTo("Attendance summary: Riverside Community Primary School, 2024/25 summer term");
    }
  }

  @Test
  void longSchoolNamesWrapOnTheCoverAndAreCutShortInTheFooter() throws IOException {
    String longName =
        "The Blessed Archbishop Óscar Romero Catholic Voluntary Academy and Sixth Form Centre,"
            + " Northfield Road Campus";

    String text = text(render(SamplePacks.pack(longName, false, SamplePacks.SIX_TERMS)));

    assertThat(text)
        .contains(longName)
        .contains("URN 123456 · 2024/25 summer term · The Blessed")
        .contains("…")
        .contains("Page 1 of 1");
  }

  @Test
  void realDataCarriesNoSyntheticMarking() throws IOException {
    SchoolPack real = SamplePacks.pack("Riverside Community Primary School", false, List.of());

    String text = text(render(real));

    assertThat(text).doesNotContain("SYNTHETIC").contains("No terms to show.");
  }

  @Test
  void rendersApostrophesAndAccentsWithEmbeddedFonts() throws IOException {
    Path pdf = render(SamplePacks.pack("St Zoë's C of E Primary", true, SamplePacks.SIX_TERMS));

    assertThat(text(pdf)).contains("St Zoë's C of E Primary");
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      List<PDFont> fonts = fonts(document.getPage(0));
      assertThat(fonts).isNotEmpty();
      assertThat(fonts).allSatisfy(font -> assertThat(font.isEmbedded()).isTrue());
      assertThat(fonts).allSatisfy(font -> assertThat(font.getName()).contains("DejaVuSans"));
    }
  }

  @Test
  void copesWithoutLaHeadline() throws IOException {
    SchoolPack pack = SamplePacks.synthetic();
    SchoolPack noLa =
        new SchoolPack(
            pack.urn(),
            pack.schoolName(),
            pack.phase(),
            pack.laCode(),
            pack.termLabel(),
            pack.dataAsOf(),
            null,
            pack.synthetic(),
            pack.school(),
            null,
            pack.trend());

    assertThat(text(render(noLa)))
        .contains("Attendance rate 93.1% not available")
        .contains("the local authority figure is not available")
        .contains("Latest register marks: not available");
  }

  @Test
  void firstPageImageIsNotBlank() throws IOException {
    Path pdf = render(SamplePacks.synthetic());

    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 72);
      // Kept in target/ so the layout can be looked at after a build.
      ImageIO.write(page, "png", Path.of("target", "school-summary-page1.png").toFile());
      assertThat(nonWhiteShare(page)).isBetween(0.03, 0.6);
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
        getClass().getClassLoader().getResourceAsStream(SchoolPackRenderer.TEMPLATE)) {
      assertThat(JasperCompileManager.getInstance(noClasspath).compile(jrxml)).isNotNull();
    }
  }

  @Test
  void javaSuppliesExactlyTheParametersTheTemplateDeclares() {
    // JasperReports ignores unknown parameters and prints blanks for missing ones, so a renamed
    // parameter on either side would fail silently.
    Set<String> declared =
        Arrays.stream(JasperTemplates.compiled(SchoolPackRenderer.TEMPLATE).getParameters())
            .filter(parameter -> !parameter.isSystemDefined())
            .map(JRParameter::getName)
            .collect(Collectors.toSet());
    Set<String> supplied =
        new HashSet<>(SchoolSummaryParameters.of(SamplePacks.synthetic()).keySet());
    supplied.remove(JRParameter.REPORT_LOCALE);

    assertThat(supplied).isEqualTo(declared);
  }

  @Test
  void replacesAnExistingFile() throws IOException {
    Path pdf = dir.resolve("pack.pdf");
    Files.writeString(pdf, "old");

    Path written = renderer.render(SamplePacks.synthetic(), pdf);

    assertThat(written).isEqualTo(pdf);
    assertThat(Files.readAllBytes(pdf)).startsWith("%PDF".getBytes());
    try (var leftovers = Files.list(dir)) {
      assertThat(leftovers).containsExactly(pdf);
    }
  }

  private Path render(SchoolPack pack) {
    return renderer.render(pack, dir.resolve("pack-" + System.nanoTime() + ".pdf"));
  }

  /** All text, with line breaks and runs of spaces collapsed so wrapped sentences still match. */
  private static String text(Path pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      return stripper.getText(document).replaceAll("\\s+", " ");
    }
  }

  private static String pageText(PDDocument document, int page) throws IOException {
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setSortByPosition(true);
    stripper.setStartPage(page);
    stripper.setEndPage(page);
    return stripper.getText(document).replaceAll("\\s+", " ");
  }

  private static int countOf(String text, String part) {
    return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
  }

  private static List<PDFont> fonts(PDPage page) throws IOException {
    List<PDFont> fonts = new ArrayList<>();
    PDResources resources = page.getResources();
    for (COSName name : resources.getFontNames()) {
      fonts.add(resources.getFont(name));
    }
    return fonts;
  }

  private static double nonWhiteShare(BufferedImage image) {
    long nonWhite = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        if ((image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
          nonWhite++;
        }
      }
    }
    return (double) nonWhite / ((long) image.getWidth() * image.getHeight());
  }
}
