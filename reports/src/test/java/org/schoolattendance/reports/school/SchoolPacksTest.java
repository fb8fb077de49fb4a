package org.schoolattendance.reports.school;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.schoolattendance.reports.Figures;
import org.schoolattendance.reports.PdfText;
import org.schoolattendance.reports.pack.Pack;
import org.schoolattendance.reports.pack.PackDocument;
import org.schoolattendance.reports.pack.PackFile;
import org.schoolattendance.reports.pack.PackRequest;
import org.schoolattendance.reports.pack.Packs;

/**
 * Renders every school pack from {@link PackWarehouseFixture} once and checks the PDFs against the
 * marts they were made from.
 */
class SchoolPacksTest {

  private static final String TERM = "2024/25-spring";
  private static final Path OUTPUT = Path.of("target", "school-packs");

  private static Connection warehouse;
  private static List<PackFile> files;
  private static LocalDate renderedOn;

  @BeforeAll
  static void renderAllPacks() throws SQLException {
    warehouse = PackWarehouseFixture.openReadOnly();
    renderedOn = LocalDate.now();
    files =
        new Packs()
            .render(
                warehouse,
                new PackRequest(
                    TERM, null, null, Set.of(Pack.GOVERNOR, Pack.HEAD, Pack.OFSTED), true),
                OUTPUT);
  }

  @AfterAll
  static void close() throws SQLException {
    warehouse.close();
  }

  @Test
  void writesFourDocumentsPerSchoolWithPredictableNames() {
    assertThat(files).hasSize(5 * 4);
    assertThat(files.stream().map(f -> f.path().getFileName().toString()))
        .contains(
            "100001-2024-25-spring-governor.pdf",
            "100001-2024-25-spring-head.pdf",
            "100001-2024-25-spring-head-annex.pdf",
            "100001-2024-25-spring-ofsted.pdf");
  }

  @Test
  void headlineFiguresEqualTheMartForEverySchool() throws Exception {
    for (String urn : List.of("100001", "100003", "100004")) {
      Map<String, Double> mart =
          row(
              "select overall_absence_rate_pct, authorised_absence_rate_pct,"
                  + " persistent_absence_rate_pct, attendance_rate_pct, persistent_absentees,"
                  + " enrolments from mart_group_period where geography_level = 'school'"
                  + " and urn = '"
                  + urn
                  + "' and cohort = 'all_enrolments' and dimension = 'all'"
                  + " and period_type = 'term' and period_id = '"
                  + TERM
                  + "'");
      Map<String, Double> lastYear =
          row(
              "select overall_absence_rate_pct from mart_group_period where geography_level ="
                  + " 'school' and urn = '"
                  + urn
                  + "' and cohort = 'all_enrolments' and dimension ="
                  + " 'all' and period_type = 'term' and period_id = '2023/24-spring'");
      String text = PdfText.all(pdf(urn, PackDocument.GOVERNOR));

      assertThat(text)
          .contains(
              "Overall absence "
                  + Figures.percent(mart.get("overall_absence_rate_pct"))
                  + " "
                  + Figures.percent(lastYear.get("overall_absence_rate_pct")))
          .contains(
              "Authorised absence " + Figures.percent(mart.get("authorised_absence_rate_pct")))
          .contains("Attendance " + Figures.percent(mart.get("attendance_rate_pct")))
          .contains(
              "Persistently absent pupils "
                  + Figures.count(mart.get("persistent_absentees").longValue()))
          .contains("Pupils (enrolments) " + Figures.count(mart.get("enrolments").longValue()));
    }
  }

  @Test
  void groupFiguresEqualTheMart() throws Exception {
    // Pupils not eligible for FSM: 8 of 16 persistently absent, enough to show the share.
    Map<String, Double> notFsm =
        row(
            "select enrolments, overall_absence_rate_pct, persistent_absence_rate_pct from"
                + " mart_group_period where geography_level = 'school' and urn = '100001' and"
                + " cohort = 'all_enrolments' and dimension = 'fsm_eligible' and"
                + " group_value = 'false' and period_type = 'term' and period_id = '"
                + TERM
                + "'");

    assertThat(PdfText.all(pdf("100001", PackDocument.GOVERNOR)))
        .contains(
            "Not eligible "
                + Figures.count(notFsm.get("enrolments").longValue())
                + " "
                + Figures.percent(100 - notFsm.get("overall_absence_rate_pct"))
                + " "
                + Figures.percent(notFsm.get("overall_absence_rate_pct"))
                + " "
                + Figures.percent(notFsm.get("persistent_absence_rate_pct")));
  }

  @Test
  void aGroupsPersistentAbsenceOfOneToFourPupilsIsHiddenWithTheNextSmallest() throws IOException {
    // Spring 2024/25 at 100001, worked out from the fixture's rule (pupil p misses session k of
    // the 20 in the term when (7p + 3k) mod 100 < p; two or more missed is persistent absence):
    // pupils 6, 7, 8 and 15 to 24 are persistently absent, 13 of 24.
    String text = PdfText.all(pdf("100001", PackDocument.GOVERNOR));

    // Girls: 3 (6, 7, 8), hidden; boys' 10 of 12 hidden too, or 13 − 10 would give 3 back.
    assertThat(text)
        .containsPattern("Girls 12 \\S+ \\S+ c ")
        .containsPattern("Boys 12 \\S+ \\S+ c ");
    // Black pupils (every fourth): 8, 16, 20 and 24, 4 of 6, hidden; White 9 of 18 with it.
    assertThat(text)
        .containsPattern("Black 6 \\S+ \\S+ c ")
        .containsPattern("White 18 \\S+ \\S+ c ");
    // FSM (every third): 6, 15, 18, 21, 24, 5 of 8 (62.5%); not FSM 8 of 16 (50.0%): shown.
    assertThat(text)
        .containsPattern("Eligible for FSM 8 \\S+ \\S+ 62\\.5% ")
        .containsPattern("Not eligible 16 \\S+ \\S+ 50\\.0% ");
    // Year 3 (even) 7 of 12 (58.3%), year 4 (odd) 6 of 12 (50.0%): shown.
    assertThat(text)
        .containsPattern("Year 3 12 \\S+ \\S+ 58\\.3% ")
        .containsPattern("Year 4 12 \\S+ \\S+ 50\\.0% ");
    assertThat(text)
        .contains(
            "c = fewer than 5 pupils, or hidden so that such a figure cannot be worked out from"
                + " the others")
        .contains("In a small school this hides much of the column.");
  }

  @Test
  void smallGroupsAndTheGroupThatWouldRevealThemAreSuppressed() throws IOException {
    // 100001 has one pupil with SEN support (primary suppression) and 23 without: showing 23
    // beside the school's 24 would reveal the one, so "No SEN" is hidden too.
    String text = PdfText.all(pdf("100001", PackDocument.GOVERNOR));
    assertThat(text).contains("SEN support c c c c").contains("No SEN c c c c");
    assertThat(text).contains("c = fewer than 5 pupils");
    // 100005 has three pupils: every group is small.
    assertThat(PdfText.all(pdf("100005", PackDocument.GOVERNOR))).contains("Girls c c c c");
  }

  @Test
  void governorAndOfstedPacksHoldNoPupilIdentifiers() throws Exception {
    List<String> identifiers = new ArrayList<>();
    try (Statement sql = warehouse.createStatement();
        ResultSet rows =
            sql.executeQuery(
                "select distinct upn, forename, surname, date_of_birth from raw_census_pupil")) {
      while (rows.next()) {
        identifiers.add(rows.getString(1));
        identifiers.add(rows.getString(2) + " ");
        identifiers.add(rows.getString(3) + " ");
        LocalDate birth = rows.getObject(4, LocalDate.class);
        identifiers.add(birth.toString());
        identifiers.add(Figures.date(birth));
      }
    }
    for (PackFile file : files) {
      if (file.document().pupilIdentifiable()) {
        continue;
      }
      try (PDDocument document = Loader.loadPDF(file.path().toFile())) {
        for (int page = 1; page <= document.getNumberOfPages(); page++) {
          String text = PdfText.page(document, page) + " ";
          assertThat(identifiers)
              .as("%s page %d", file.path().getFileName(), page)
              .noneMatch(text::contains);
        }
      }
    }
  }

  @Test
  void annexIsMarkedAndWatermarkedForItsRecipientOnEveryPage() throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf("100001", PackDocument.HEAD_ANNEX).toFile())) {
      for (int page = 1; page <= document.getNumberOfPages(); page++) {
        assertThat(PdfText.page(document, page))
            .contains("OFFICIAL-SENSITIVE")
            .contains("head1@school.example");
      }
    }
    String text = PdfText.all(pdf("100001", PackDocument.HEAD_ANNEX));
    assertThat(text).contains(PackWarehouseFixture.upn("100001", 24));
    assertThat(text).contains("Pupils contacted and their attendance before and after");
  }

  @Test
  void annexNamesPupilsAndListsTheirUnexplainedAbsences() throws Exception {
    String upn = PackWarehouseFixture.upn("100001", 23);
    long codedO;
    try (Statement sql = warehouse.createStatement();
        ResultSet row =
            sql.executeQuery(
                "select count(*) from raw_mark m join raw_calendar c on m.session_date between"
                    + " c.start_date and c.end_date where c.kind = 'term' and c.name = 'spring'"
                    + " and c.academic_year = '2024/25' and m.mark = 'O' and m.upn = '"
                    + upn
                    + "'")) {
      row.next();
      codedO = row.getLong(1);
    }
    assertThat(codedO).isPositive();
    String text = PdfText.all(pdf("100001", PackDocument.HEAD_ANNEX));
    assertThat(text)
        .contains("Unexplained absences (code O)")
        .contains("Surname23, Forename23 · " + upn + " " + codedO)
        .contains("1 pupils have absences coded O (unexplained).");
    assertThat(text).contains("Surname24, Forename24 · " + PackWarehouseFixture.upn("100001", 24));
  }

  @Test
  void everyPackCarriesItsFooterOnTheCoverAsOnEveryOtherPage() throws Exception {
    Map<PackDocument, String> names =
        Map.of(
            PackDocument.GOVERNOR, "Governor attendance pack",
            PackDocument.HEAD, "Headteacher attendance pack",
            PackDocument.HEAD_ANNEX, "Confidential pupil annex",
            PackDocument.OFSTED, "Ofsted-ready attendance evidence");
    LocalDate dataAsOf;
    try (Statement sql = warehouse.createStatement();
        ResultSet row = sql.executeQuery("select max(latest_register_date) from dim_school")) {
      row.next();
      dataAsOf = row.getObject(1, LocalDate.class);
    }
    for (Map.Entry<PackDocument, String> pack : names.entrySet()) {
      try (PDDocument document = Loader.loadPDF(pdf("100001", pack.getKey()).toFile())) {
        int pages = document.getNumberOfPages();
        for (int page = 1; page <= pages; page++) {
          String marking = pack.getKey() == PackDocument.HEAD_ANNEX ? "OFFICIAL-SENSITIVE " : "";
          assertThat(PdfText.page(document, page))
              .as("%s page %d", pack.getKey(), page)
              .contains(
                  pack.getValue()
                      + " · 2024/25 spring term · URN 100001 · School A Primary"
                      + " SYNTHETIC DATA — not real pupils"
                      + " Source: school registers, data as of "
                      + Figures.date(dataAsOf)
                      + " · produced ")
              .containsAnyOf(
                  "produced " + Figures.date(renderedOn) + " " + marking + "Page " + page,
                  "produced " + Figures.date(LocalDate.now()) + " " + marking + "Page " + page)
              .endsWith("Page " + page + " of " + pages + " ");
        }
      }
    }
  }

  @Test
  void nationalBenchmarkAppearsOnlyForThePublishedTerm() throws Exception {
    String text = PdfText.all(pdf("100001", PackDocument.GOVERNOR));
    // England's autumn 2023/24 primary figure (5.9%) is in the trend table; spring is not
    // published.
    assertThat(text).containsPattern("2023/24 autumn \\d+\\.\\d% \\d+\\.\\d% 5\\.9%");
    // The headline's England column has no spring figure.
    assertThat(text)
        .containsPattern(
            "Overall absence \\d+\\.\\d% \\d+\\.\\d% [−+]?\\d+\\.\\d \\d+\\.\\d% not available");
  }

  @Test
  void everyChartIsDrawnAndPageOneIsNotBlank() throws IOException {
    for (PackDocument document :
        List.of(PackDocument.GOVERNOR, PackDocument.HEAD, PackDocument.OFSTED)) {
      try (PDDocument pdf = Loader.loadPDF(pdf("100001", document).toFile())) {
        int charts = 0;
        for (PDPage page : pdf.getPages()) {
          charts += drawings(page);
        }
        // Trend, bands, groups and the event study (the Ofsted pack has a second trend, no bands).
        assertThat(charts).as(document.name()).isEqualTo(4);
        BufferedImage first = new PDFRenderer(pdf).renderImageWithDPI(0, 50);
        ImageIO.write(first, "png", OUTPUT.resolve(document.name() + "-page1.png").toFile());
        assertThat(nonWhiteShare(first)).isBetween(0.02, 0.6);
      }
    }
  }

  @Test
  void fontsAreEmbedded() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(pdf("100001", PackDocument.GOVERNOR).toFile())) {
      for (PDPage page : pdf.getPages()) {
        for (COSName name : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(name);
          assertThat(font.isEmbedded()).as(font.getName()).isTrue();
        }
      }
    }
  }

  @Test
  void yearToDateAsAtAnEarlierDateComesFromTheModelsMacro() throws Exception {
    List<PackFile> ytd =
        new Packs()
            .render(
                warehouse,
                new PackRequest(
                    null, LocalDate.of(2025, 1, 10), "100002", Set.of(Pack.GOVERNOR), true),
                OUTPUT);
    Map<String, Double> macro =
        row(
            "select attendance_rate_pct, overall_absence_rate_pct from"
                + " group_period_year_to_date(date '2025-01-10') where geography_level = 'school'"
                + " and urn = '100002' and cohort = 'all_enrolments' and dimension = 'all'");

    assertThat(ytd).hasSize(1);
    assertThat(ytd.get(0).path().getFileName().toString())
        .isEqualTo("100002-2024-25-ytd-2025-01-10-governor.pdf");
    assertThat(PdfText.all(ytd.get(0).path()))
        .contains("2024/25 year to date")
        .contains(
            "Attendance this year to date was " + Figures.percent(macro.get("attendance_rate_pct")))
        .contains("Overall absence " + Figures.percent(macro.get("overall_absence_rate_pct")))
        // The macro has no comparison period, so last year's figure is not available.
        .contains("; the figure for the same point last year is not available.");
  }

  @Test
  void yearToDateFromTheMartsIsComparedWithLastYearToTheSameSchoolWeek() throws Exception {
    // The registers end on Friday 23 May 2025. A year earlier is Thursday 23 May 2024, in the
    // school week Monday 20 to Sunday 26 May 2024, after 2023/24's last term (15 to 26 April):
    // so 2023/24-ytd-same-date holds the whole of 2023/24 and equals its academic-year row.
    List<PackFile> ytd =
        new Packs()
            .render(
                warehouse,
                new PackRequest(
                    null, LocalDate.of(2025, 5, 23), "100001", Set.of(Pack.GOVERNOR), true),
                OUTPUT);
    Map<String, Double> current = allEnrolments("100001", "year_to_date", "2024/25-ytd");
    Map<String, Double> lastYear =
        allEnrolments("100001", "year_to_date_last_year", "2023/24-ytd-same-date");
    assertThat(lastYear).isEqualTo(allEnrolments("100001", "academic_year", "2023/24"));
    assertThat(lastYear.get("enrolments")).isEqualTo(PackWarehouseFixture.PUPILS);

    String text = PdfText.all(ytd.get(0).path());
    assertThat(text)
        // The table's header cells wrap, so the text reads across them line by line.
        .contains(
            "2023/24 to 26 May Measure This school 2024 (the Change same (points) LA England"
                + " (Primary) school week) Attendance")
        .contains(
            "Overall absence "
                + Figures.percent(current.get("overall_absence_rate_pct"))
                + " "
                + Figures.percent(lastYear.get("overall_absence_rate_pct"))
                + " "
                + signedPoints(
                    current.get("overall_absence_rate_pct"),
                    lastYear.get("overall_absence_rate_pct")))
        .contains("Pupils (enrolments) 24 24 ")
        // Spark's year-to-date row for 100001 has a change interval that includes zero.
        .contains(
            "Attendance this year to date was "
                + Figures.percent(current.get("attendance_rate_pct"))
                + ", similar to 2023/24 to 26 May 2024, the same school week a year earlier ("
                + Figures.percent(lastYear.get("attendance_rate_pct"))
                + ").")
        .contains(
            "The year to date is compared with 2023/24 to 26 May 2024: the previous academic year"
                + " from 1 September to the end of the school week (Monday to Sunday) holding the"
                + " same date a year earlier.")
        .doesNotContain("Same point last year");
  }

  @Test
  void termPackStillComparesWithTheSameTermLastYear() throws Exception {
    String text = PdfText.all(pdf("100001", PackDocument.GOVERNOR));
    assertThat(text)
        .contains("Measure This school Same term Change last year (points) LA")
        .contains("the same term last year (")
        .doesNotContain("same school week");
  }

  private static Map<String, Double> allEnrolments(String urn, String periodType, String periodId)
      throws SQLException {
    return row(
        "select enrolments, attendance_rate_pct, overall_absence_rate_pct from mart_group_period"
            + " where geography_level = 'school' and urn = '"
            + urn
            + "' and cohort = 'all_enrolments' and dimension = 'all' and period_type = '"
            + periodType
            + "' and period_id = '"
            + periodId
            + "'");
  }

  private static String signedPoints(double value, double reference) {
    java.math.BigDecimal points = Figures.oneDecimalDifference(value, reference);
    return (points.signum() > 0 ? "+" : points.signum() < 0 ? "−" : "")
        + points.abs().toPlainString();
  }

  private static int drawings(PDPage page) throws IOException {
    int count = 0;
    for (COSName name : page.getResources().getXObjectNames()) {
      PDXObject object = page.getResources().getXObject(name);
      if (object instanceof PDImageXObject || object instanceof PDFormXObject) {
        count++;
      }
    }
    return count;
  }

  private static Path pdf(String urn, PackDocument document) {
    return files.stream()
        .filter(file -> urn.equals(file.urn()) && file.document() == document)
        .map(PackFile::path)
        .findFirst()
        .orElseThrow();
  }

  private static Map<String, Double> row(String query) throws SQLException {
    try (Statement sql = warehouse.createStatement();
        ResultSet row = sql.executeQuery(query)) {
      assertThat(row.next()).as(query).isTrue();
      Map<String, Double> values = new java.util.HashMap<>();
      for (int column = 1; column <= row.getMetaData().getColumnCount(); column++) {
        values.put(row.getMetaData().getColumnName(column), row.getDouble(column));
      }
      return values;
    }
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
