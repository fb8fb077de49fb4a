package org.schoolattendance.reports.la.render;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.sf.jasperreports.charts.util.DrawChartRendererImpl;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRPrintFrame;
import net.sf.jasperreports.engine.JRPrintPage;
import net.sf.jasperreports.engine.JRPrintText;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import org.schoolattendance.reports.JasperTemplates;
import org.schoolattendance.reports.PdfExport;
import org.schoolattendance.reports.Provenance;
import org.schoolattendance.reports.ReportRenderingException;
import org.schoolattendance.reports.la.LaReport;
import org.schoolattendance.reports.la.LaSection;

/**
 * Renders the LA comparison PDF. It is filled twice: the first fill finds the page each section
 * starts on, the second prints those pages in the contents (the contents sit on the cover, so they
 * cannot change the pagination).
 */
public final class LaPdfRenderer {

  static final String TEMPLATE = "templates/la-comparison.jrxml";
  static final String TABLE_TEMPLATE = "templates/la-table.jrxml";
  static final String SECTION_TITLE_KEY = "section-title";

  private final JasperReport report = JasperTemplates.compiled(TEMPLATE);
  private final JasperReport table = JasperTemplates.compiled(TABLE_TEMPLATE);
  private final Clock clock;

  public LaPdfRenderer() {
    this(Clock.systemDefaultZone());
  }

  /** With the clock that dates the footers' "produced" line. */
  public LaPdfRenderer(Clock clock) {
    this.clock = clock;
  }

  public Path render(LaReport laReport, Path outputPdf) {
    return PdfExport.write(print(laReport), outputPdf, title(laReport));
  }

  /** The filled report, with the contents' page numbers in place. */
  public JasperPrint print(LaReport laReport) {
    return fill(laReport, sectionPages(fill(laReport, Map.of())));
  }

  JasperPrint fill(LaReport laReport, Map<String, Integer> sectionPages) {
    try {
      return JasperFillManager.getInstance(JasperTemplates.context())
          .fill(
              report,
              parameters(laReport, sectionPages),
              new JRMapCollectionDataSource(sections(laReport)));
    } catch (JRException e) {
      throw new ReportRenderingException(
          "cannot fill the LA comparison for LA " + laReport.laCode(), e);
    }
  }

  private Map<String, Object> parameters(LaReport laReport, Map<String, Integer> pages) {
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("LA_NAME", laReport.displayName());
    parameters.put("LA_DETAILS", CoverText.details(laReport));
    parameters.put("PERIOD_LABEL", CoverText.periodLabel(laReport));
    parameters.put("FRESHNESS", CoverText.freshness(laReport));
    parameters.put("SYNTHETIC", laReport.synthetic());
    parameters.put("COVER_NOTE", CoverText.note(laReport));
    parameters.put("CONTENTS", new JRMapCollectionDataSource(contents(laReport, pages)));
    parameters.put(
        "FOOTER_LABEL",
        "LA borough attendance comparison  ·  "
            + laReport.period().label()
            + "  ·  "
            + laReport.displayName());
    parameters.put("FOOTER_SOURCE", Provenance.footerLine(laReport.dataAsOf(), clock));
    parameters.put("TABLE_REPORT", table);
    parameters.put(JRParameter.REPORT_LOCALE, Locale.UK);
    return parameters;
  }

  private static List<Map<String, ?>> contents(LaReport laReport, Map<String, Integer> pages) {
    List<Map<String, ?>> rows = new ArrayList<>();
    int number = 1;
    for (LaSection section : laReport.sections()) {
      Integer page = pages.get(String.valueOf(number));
      rows.add(
          Map.of(
              "number", String.valueOf(number),
              "title", section.title(),
              "page", page == null ? "" : "page " + page));
      number++;
    }
    return rows;
  }

  private static List<Map<String, ?>> sections(LaReport laReport) {
    List<Map<String, ?>> rows = new ArrayList<>();
    int number = 1;
    for (LaSection section : laReport.sections()) {
      Map<String, Object> fields = new HashMap<>();
      fields.put("number", String.valueOf(number++));
      fields.put("title", section.title());
      fields.put(
          "sentences", section.sentences().isEmpty() ? null : paragraphs(section.sentences()));
      fields.put("notes", section.notes().isEmpty() ? null : paragraphs(section.notes()));
      if (section.chart() != null) {
        fields.put("chart", new DrawChartRendererImpl(section.chart().chart(), null));
        fields.put("chartTitle", section.chart().title());
      }
      if (section.table() != null) {
        fields.put("rows", TableRows.of(section.table()));
        TableRows.putHeaders(section.table(), fields);
      }
      rows.add(fields);
    }
    return rows;
  }

  private static String paragraphs(List<String> lines) {
    return String.join("\n", lines);
  }

  /** The page each section's title is printed on, by section number. */
  static Map<String, Integer> sectionPages(JasperPrint print) {
    Map<String, Integer> pages = new HashMap<>();
    List<JRPrintPage> printed = print.getPages();
    for (int index = 0; index < printed.size(); index++) {
      collectTitles(printed.get(index).getElements(), index + 1, pages);
    }
    return pages;
  }

  private static void collectTitles(
      List<JRPrintElement> elements, int page, Map<String, Integer> pages) {
    for (JRPrintElement element : elements) {
      if (element instanceof JRPrintFrame frame) {
        collectTitles(frame.getElements(), page, pages);
      } else if (SECTION_TITLE_KEY.equals(element.getKey())
          && element instanceof JRPrintText text) {
        String number = text.getFullText().split("\\.", 2)[0];
        pages.putIfAbsent(number, page);
      }
    }
  }

  private static String title(LaReport laReport) {
    return "LA borough attendance comparison: "
        + laReport.displayName()
        + ", "
        + laReport.period().label();
  }
}
