package org.schoolattendance.reports.la;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRPrintFrame;
import net.sf.jasperreports.engine.JRPrintImage;
import net.sf.jasperreports.engine.JRPrintPage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.schoolattendance.reports.Figures;
import org.schoolattendance.reports.pack.PackDocument;
import org.schoolattendance.reports.pack.PackFile;

/** The LA comparison PDF, read back with PDFBox: figures equal the fixture's mart rows. */
class LaComparisonPdfTest {

  private static RenderedLaPack pack;
  private static String text;

  @BeforeAll
  static void render() throws IOException {
    pack = RenderedLaPack.get();
    try (PDDocument pdf = Loader.loadPDF(pack.pdf().toFile())) {
      // Lines joined: a sentence wraps wherever the page width ends it.
      text = new PDFTextStripper().getText(pdf).replaceAll("\\s*\\R", " ");
    }
  }

  @Test
  void writesThePdfAndTheWorkbookUnderTheirPredictableNames() {
    assertThat(pack.files)
        .extracting(PackFile::document)
        .containsExactly(PackDocument.LA_COMPARISON, PackDocument.LA_TABLES);
    assertThat(pack.pdf().getFileName()).hasToString("la-307-2023-24-autumn-la-comparison.pdf");
    assertThat(pack.workbook().getFileName())
        .hasToString("la-307-2023-24-autumn-la-comparison.xlsx");
    assertThat(pack.files.get(0).schoolName()).isEqualTo("Ealing (LA 307)");
    assertThat(pack.files.get(0).urn()).isNull();
  }

  @Test
  void coverNamesTheLaThePeriodTheFreshnessAndSyntheticData() {
    assertThat(text)
        .contains("LA BOROUGH ATTENDANCE COMPARISON")
        .contains("Ealing (LA 307)")
        .contains("2023/24 autumn term")
        .contains("Data as of 19 December 2023")
        .contains("from 12 December 2023")
        .contains("SYNTHETIC DATA — not real pupils")
        .contains("Groups of fewer than 5 pupils are shown as c");
  }

  @Test
  void contentsGiveThePageEachSectionStartsOn() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(pack.pdf().toFile())) {
      String cover = page(pdf, 1);
      for (int section = 1; section <= pack.report.sections().size(); section++) {
        String title = pack.report.sections().get(section - 1).title();
        String line = cover.lines().filter(l -> l.contains(title)).findFirst().orElseThrow();
        int page = Integer.parseInt(line.substring(line.lastIndexOf("page ") + 5).trim());
        assertThat(page(pdf, page)).contains(section + ". " + title);
      }
      int pages = pdf.getNumberOfPages();
      assertThat(page(pdf, pages)).contains("Page " + pages + " of " + pages);
      assertThat(page(pdf, 2)).contains("Page 2 of " + pages);
    }
  }

  @Test
  void everyPageTheCoverIncludedCarriesTheSameFooter() throws IOException {
    LocalDate before = LocalDate.now();
    try (PDDocument pdf = Loader.loadPDF(pack.pdf().toFile())) {
      int pages = pdf.getNumberOfPages();
      for (int page = 1; page <= pages; page++) {
        String text = page(pdf, page).replaceAll("\\s+", " ");
        assertThat(text)
            .as("page %d", page)
            .contains(
                "LA borough attendance comparison · 2023/24 autumn term · Ealing (LA 307)"
                    + " SYNTHETIC DATA — not real pupils")
            .containsAnyOf(
                "data as of 19 December 2023 · produced " + Figures.date(before),
                "data as of 19 December 2023 · produced " + Figures.date(LocalDate.now()))
            .endsWith("Page " + page + " of " + pages + " ");
      }
    }
  }

  @Test
  void ranksSchoolsWithinTheirPhaseWithQuartileBandsLowestAbsenceFirst() {
    // Primary ranked: Alder 4.5, Elm 5.8, Birch 6.2, Fir 7.0; quartiles 5.475, 6.0, 6.4.
    // Severe absence: Alder 2 of 420 (0.5%), Birch 3 of 300, Elm 3 of 250: hidden (fewer than
    // 5), so only Fir's 8 of 280 (3.0%) is ranked, 1 of 1 and too few to band.
    assertThat(text)
        .contains("Alder Primary (100001) 420 4.5% 1 of 4 A 10.0% 1 of 4 A c c c -0.5")
        .contains("Birch Primary (100002) 300 6.2% 3 of 4 C 15.0% 3 of 4 C c c c +0.2")
        .contains("Elm Primary (100006) 250 5.8% 2 of 4 B 14.0% 2 of 4 B c c c -0.1")
        .contains("Fir Primary (100007) 280 7.0% 4 of 4 D 20.0% 4 of 4 D 3.0% 1 of 1 n/a -0.5")
        // Three secondary schools: ranked, but too few to band.
        .contains("Hazel Academy (100010) 1,000 8.1% 3 of 3 n/a 22.0% 3 of 3 n/a 3.5% 3 of 3")
        .contains("All primary 1,463 5.8% 14.0% 1.3% n/a")
        .contains("All schools in the LA 3,863 6.7% 17.8% 2.3% -0.3")
        .contains(
            "Overall absence across the LA's 9 schools was 6.7% in the 2023/24 autumn term, 0.3"
                + " percentage points lower than the same period last year (7.0%).")
        .contains(
            "Primary schools: overall absence ranged from 4.5% at Alder Primary to 7.0%"
                + " at Fir Primary.");
  }

  @Test
  void hidesTheSmallSchoolAndTheNextSmallestInItsPhase() {
    // Damson Infants has 3 pupils; Cedar (210) is the smallest other primary school.
    assertThat(text)
        .contains("Damson Infants (100004) c c c c c c c c c c c")
        .contains("Cedar Primary (100003) c c c c c c c c c c c")
        .doesNotContain("5.1%")
        .doesNotContain("33.3%");
  }

  @Test
  void comparesTheLaWithEnglandRegionAndNeighboursForTheMatchingTerm() {
    // LAs: 201 5.0, 304 6.4, this LA 6.6, 306 7.0, 202 8.0 (313 suppressed, 307's published
    // 6.0 replaced) → rank 3 of 5; quartiles 6.4, 6.6, 7.0 → band B; neighbours (6.4 + 7.0) / 2.
    assertThat(text)
        .contains("Overall absence, total 6.6% 6.9% 6.2% 6.7% 2 of 3 -0.3 3 of 5 B")
        .contains("Overall absence, primary 5.9% 5.5% n/a n/a 0 of 3 +0.4 n/a n/a")
        .contains(
            "Overall absence in the LA (6.6%) was 0.3 percentage points lower than England"
                + " (6.9%), rank 3 of 5 LAs (1 = lowest absence), band B.")
        .contains(
            "Persistent absence in the LA (17.5%) was 2.8 percentage points lower than"
                + " England (20.3%).")
        .contains("Region: London.");
  }

  @Test
  void showsTrendsByTermWithEnglandOnlyWherePublished() {
    assertThat(text)
        .contains("2022/23 autumn 6.9% n/a n/a n/a n/a 18.0% n/a n/a n/a n/a")
        .contains("2023/24 autumn 6.6% 5.9% 7.8% n/a 6.9% 17.5% 13.0% 21.0% n/a 20.3%")
        .contains(
            "Overall absence of 5 to 15 year olds in the LA this term was 6.6%, 0.3"
                + " percentage points lower than the same term last year (6.9%)");
  }

  @Test
  void showsTheAbsenceBandsWithTheSmallBandAndTheNextSmallestHidden() {
    // Band 50-55% has 2 pupils; the next smallest non-empty band, by name, is 55-60%.
    assertThat(text)
        .contains("45% to under 50% 20 0.6%")
        .contains("50% to under 55% c c")
        .contains("55% to under 60% c c")
        .contains("0% to under 5% 1,500 45.7%")
        .contains("sessions 3,282 100.0%")
        // 982 of 3,282 pupils at 10% or more; 800 at 5% to under 10%.
        .contains("29.9% of pupils missed 10% or more of their sessions")
        .contains("a further 24.4% were approaching it");
  }

  @Test
  void showsGroupGapsSayingSimilarWhenTheIntervalIncludesZero() {
    assertThat(text)
        .contains("Alder Primary (100001) Primary +2.4 n/a n/a n/a n/a")
        .contains("Birch Primary (100002) Primary similar n/a n/a n/a n/a")
        .contains("Damson Infants (100004) Primary c n/a n/a n/a n/a")
        .contains("Hazel Academy (100010) Secondary n/a n/a n/a n/a +1.6")
        .contains("All schools in the LA +1.8 n/a n/a n/a similar")
        .contains(
            "Across the LA, overall absence of pupils eligible for free school meals (8.0%) was"
                + " 1.8 percentage points higher than that of other pupils (6.2%).")
        .contains(
            "Across the LA, overall absence of boys (6.7%) was similar to that of other"
                + " pupils (6.5%).");
  }

  @Test
  void showsTheHomeVisitImpactByModeAndBySchool() {
    assertThat(text)
        .contains("In person (home visit or in-school meeting) 140 +1.6 +2.1 +0.9 +3.3 +2.1 +5.4")
        .contains("Phone call c n/a +0.2 -0.9 +1.3 n/a +1.1")
        .contains(
            "contacted pupils' attendance had changed by 2.1 percentage points more than"
                + " that of similar pupils not yet contacted (95% interval 0.9 to 3.3 points)")
        .contains("The placebo check, which should find no effect, found none")
        // 60 home visits to 40 pupils this year (last year's visit not counted); Birch's one
        // visit is hidden, and Hazel's with it; Alder's one call and letter hide the totals.
        .contains("Hazel Academy (100010) 40 c 0 0 0 0 +2.5 +0.2 +4.8")
        .contains("Alder Primary (100001) c 0 0 c c 0 n/a n/a n/a")
        .contains("All schools in the LA 43 61 0 c c 0 +2.1 +0.9 +3.3")
        .contains("1 of 9 schools had enough pupils contacted in person");
  }

  @Test
  void showsRegisterQualityAndCensusChecksPerSchool() {
    assertThat(text)
        .contains("Fir Primary (100007) 2023-12-12 5 0 0 2 0")
        .contains("Alder Primary (100001) 2023-12-19 0 0 0 2 0 2023/24-")
        .contains(
            "1 of 9 schools have register marks older than the LA's latest date; the"
                + " furthest behind is Fir Primary, by 5 school days");
  }

  @Test
  void drawsEachChart() {
    List<JRPrintImage> charts = new ArrayList<>();
    for (JRPrintPage page : pack.print.getPages()) {
      collectCharts(page.getElements(), charts);
    }
    // Trends, absence bands, pupil groups and the event study.
    assertThat(charts).hasSize(4);
    assertThat(charts).allSatisfy(chart -> assertThat(chart.getRenderer()).isNotNull());
  }

  @Test
  void embedsTheDejaVuFonts() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(pack.pdf().toFile())) {
      PDResources resources = pdf.getPage(1).getResources();
      List<String> fonts = new ArrayList<>();
      for (COSName name : resources.getFontNames()) {
        PDFont font = resources.getFont(name);
        assertThat(font.isEmbedded()).as(font.getName()).isTrue();
        fonts.add(font.getName());
      }
      assertThat(fonts).isNotEmpty().allMatch(name -> name.contains("DejaVu"));
    }
  }

  @Test
  void firstPageRendersToAnImageThatIsNotBlank() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(pack.pdf().toFile())) {
      BufferedImage image = new PDFRenderer(pdf).renderImageWithDPI(0, 50);
      long inked = 0;
      for (int y = 0; y < image.getHeight(); y++) {
        for (int x = 0; x < image.getWidth(); x++) {
          if ((image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
            inked++;
          }
        }
      }
      assertThat(inked).isGreaterThan(image.getWidth() * image.getHeight() / 100L);
    }
  }

  @Test
  void holdsNoPupilIdentifiers() {
    assertThat(text)
        .doesNotContain(LaWarehouseFixture.UPN)
        .doesNotContain(LaWarehouseFixture.FORENAME)
        .doesNotContain(LaWarehouseFixture.SURNAME)
        .doesNotContain(LaWarehouseFixture.DATE_OF_BIRTH)
        .doesNotContain("4 March 2012");
  }

  private static void collectCharts(List<JRPrintElement> elements, List<JRPrintImage> charts) {
    for (JRPrintElement element : elements) {
      if (element instanceof JRPrintFrame frame) {
        collectCharts(frame.getElements(), charts);
      } else if (element instanceof JRPrintImage image && "chart".equals(image.getKey())) {
        charts.add(image);
      }
    }
  }

  private static String page(PDDocument pdf, int page) throws IOException {
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setStartPage(page);
    stripper.setEndPage(page);
    return stripper.getText(pdf);
  }
}
