package org.schoolattendance.reports.pack.document;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.sf.jasperreports.charts.renderers.JCommonDrawableRendererImpl;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import org.schoolattendance.reports.JasperTemplates;
import org.schoolattendance.reports.PdfExport;
import org.schoolattendance.reports.Provenance;
import org.schoolattendance.reports.ReportRenderingException;

/**
 * Renders a {@link PackLayout} with {@code templates/pack.jrxml}, the one template every school
 * pack shares. The template is compiled once per JVM; a renderer may be used from several threads.
 */
public final class PackDocumentRenderer {

  public static final String TEMPLATE = "templates/pack.jrxml";

  private final JasperReport report = JasperTemplates.compiled(TEMPLATE);
  private final Clock clock;

  public PackDocumentRenderer() {
    this(Clock.systemDefaultZone());
  }

  /** With the clock that dates the footers' "produced" line. */
  public PackDocumentRenderer(Clock clock) {
    this.clock = clock;
  }

  /** Writes the pack to {@code outputPdf}, replacing any file there, and returns that path. */
  public Path render(PackLayout layout, Path outputPdf) {
    return PdfExport.write(fill(layout), outputPdf, layout.cover().documentTitle());
  }

  /** Fills the template and writes the contents page numbers in. */
  public JasperPrint fill(PackLayout layout) {
    try {
      JasperPrint print =
          JasperFillManager.getInstance(JasperTemplates.context())
              .fill(report, parameters(layout), new JRMapCollectionDataSource(sections(layout)));
      ContentsPageNumbers.writeInto(print);
      return print;
    } catch (JRException e) {
      throw new ReportRenderingException(
          "cannot fill the pack " + layout.cover().documentTitle(), e);
    }
  }

  Map<String, Object> parameters(PackLayout layout) {
    Cover cover = layout.cover();
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("KICKER", cover.kicker());
    parameters.put("TITLE", cover.title());
    parameters.put("DETAILS", cover.details());
    parameters.put("PERIOD", cover.period());
    parameters.put("FRESHNESS", cover.freshness());
    parameters.put("SYNTHETIC", cover.synthetic());
    parameters.put("AUDIENCE", cover.audience());
    parameters.put("MARKING", cover.marking());
    parameters.put("CLASSIFICATION", cover.classification());
    parameters.put(
        "WATERMARK", cover.watermark() == null ? null : new DiagonalWatermark(cover.watermark()));
    parameters.put("AT_A_GLANCE", lines(cover.atAGlance()));
    parameters.put("CONTENTS", new JRMapCollectionDataSource(contents(layout.sections())));
    parameters.put("FOOTER_LABEL", cover.footerLabel());
    parameters.put("FOOTER_SOURCE", Provenance.footerLine(cover.dataAsOf(), clock));
    parameters.put(JRParameter.REPORT_LOCALE, Locale.UK);
    return parameters;
  }

  private static List<Map<String, ?>> contents(List<Section> sections) {
    List<Map<String, ?>> rows = new ArrayList<>();
    for (int i = 0; i < sections.size(); i++) {
      rows.add(Map.of("index", i + 1, "heading", sections.get(i).heading()));
    }
    return rows;
  }

  private static List<Map<String, ?>> sections(PackLayout layout) {
    List<Map<String, ?>> rows = new ArrayList<>();
    List<Section> sections = layout.sections();
    for (int i = 0; i < sections.size(); i++) {
      Section section = sections.get(i);
      Map<String, Object> row = new HashMap<>();
      row.put("index", i + 1);
      row.put("heading", section.heading());
      row.put("sentences", lines(section.sentences()));
      row.put(
          "chart",
          section.chart() == null ? null : new JCommonDrawableRendererImpl(section.chart()));
      row.put("rows", new JRMapCollectionDataSource(tableRows(section.table())));
      row.put("notes", lines(section.notes()));
      rows.add(row);
    }
    return rows;
  }

  private static JRMapCollectionDataSource lines(List<String> lines) {
    return new JRMapCollectionDataSource(
        lines.stream().<Map<String, ?>>map(line -> Map.of("text", line)).toList());
  }

  private static List<Map<String, ?>> tableRows(Table table) {
    if (table == null) {
      return List.of();
    }
    List<Map<String, ?>> rows = new ArrayList<>();
    rows.add(cells(table.header(), true, false));
    for (Table.Row row : table.rows()) {
      rows.add(cells(row.cells(), false, row.emphasis()));
    }
    return rows;
  }

  private static Map<String, ?> cells(List<String> cells, boolean header, boolean emphasis) {
    Map<String, Object> row = new HashMap<>();
    row.put("header", header);
    row.put("emphasis", emphasis);
    for (int column = 0; column <= Table.MAX_VALUE_COLUMNS; column++) {
      row.put("c" + column, column < cells.size() ? cells.get(column) : null);
    }
    return row;
  }
}
