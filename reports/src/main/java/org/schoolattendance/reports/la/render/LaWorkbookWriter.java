package org.schoolattendance.reports.la.render;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.schoolattendance.reports.ReportRenderingException;
import org.schoolattendance.reports.la.LaReport;
import org.schoolattendance.reports.la.LaSection;
import org.schoolattendance.reports.la.table.Cell;
import org.schoolattendance.reports.la.table.CellFormat;
import org.schoolattendance.reports.la.table.LaTable;
import org.schoolattendance.reports.la.table.RowKind;
import org.schoolattendance.reports.la.table.TableRow;

/**
 * Writes the LA pack's tables to an XLSX workbook for analysts: a Notes sheet first, then one sheet
 * per table with a frozen, filterable header row. Figures are written as unrounded numbers with a
 * display format; text is always written as text, and text a spreadsheet could take for a formula
 * is also marked quote-prefixed, so nothing from the data is ever evaluated.
 */
public final class LaWorkbookWriter {

  private static final int ROWS_IN_MEMORY = 200;

  /** Long headings wrap (their style wraps text) rather than widen the column. */
  private static final int HEADER_WRAP = 16;

  public Path write(LaReport report, Path output) {
    Path target = output.toAbsolutePath();
    Path partial = null;
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY)) {
      Styles styles = new Styles(workbook);
      NotesSheet.write(workbook.createSheet("Notes"), report, styles);
      for (LaSection section : report.sections()) {
        if (section.table() != null) {
          writeTable(workbook, section.table(), styles);
        }
      }
      Files.createDirectories(target.getParent());
      partial = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".part");
      try (OutputStream out = Files.newOutputStream(partial)) {
        workbook.write(out);
      }
      Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
      return output;
    } catch (IOException e) {
      throw new ReportRenderingException("cannot write workbook " + output, e);
    } finally {
      if (partial != null) {
        // Only a leftover after a failure; the move has already taken it on success.
        partial.toFile().delete();
      }
    }
  }

  private static void writeTable(SXSSFWorkbook workbook, LaTable table, Styles styles) {
    SXSSFSheet sheet = workbook.createSheet(table.sheetName());
    // Widths from the longest text per column: POI's autoSizeColumn measures every cell with
    // AWT fonts and took seconds on an 80-school LA.
    int[] widest = new int[table.headers().size()];
    Row header = sheet.createRow(0);
    for (int column = 0; column < table.headers().size(); column++) {
      SafeCells.text(header.createCell(column), table.headers().get(column), styles.header);
      widest[column] = Math.min(table.headers().get(column).length(), HEADER_WRAP);
    }
    int rowIndex = 1;
    for (TableRow row : table.rows()) {
      Row sheetRow = sheet.createRow(rowIndex++);
      for (int column = 0; column < row.cells().size(); column++) {
        Cell cell = row.cells().get(column);
        widest[column] = Math.max(widest[column], cell.text().length());
        org.apache.poi.ss.usermodel.Cell target = sheetRow.createCell(column);
        if (cell.isNumber()) {
          target.setCellValue(cell.number());
          target.setCellStyle(styles.number(cell.format(), row.kind()));
        } else {
          SafeCells.text(target, cell.text(), styles.text(row.kind(), column > 0));
        }
      }
    }
    sheet.createFreezePane(1, 1);
    sheet.setAutoFilter(new CellRangeAddress(0, rowIndex - 1, 0, table.headers().size() - 1));
    for (int column = 0; column < widest.length; column++) {
      sheet.setColumnWidth(column, Math.max(10, Math.min(widest[column] + 3, 60)) * 256);
    }
  }

  /** The workbook's cell styles, made once (a workbook holds at most 64,000 styles). */
  static final class Styles {
    final CellStyle header;
    final CellStyle wrapped;
    private final Map<RowKind, CellStyle> labels = new EnumMap<>(RowKind.class);
    private final Map<RowKind, CellStyle> rightText = new EnumMap<>(RowKind.class);
    private final Map<RowKind, Map<CellFormat, CellStyle>> numbers = new EnumMap<>(RowKind.class);

    Styles(SXSSFWorkbook workbook) {
      Font bold = workbook.createFont();
      bold.setBold(true);
      header = workbook.createCellStyle();
      header.setFont(bold);
      header.setWrapText(true);
      header.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
      header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      header.setBorderBottom(BorderStyle.THIN);
      wrapped = workbook.createCellStyle();
      wrapped.setWrapText(true);
      for (RowKind kind : RowKind.values()) {
        labels.put(kind, style(workbook, kind, bold, null, false));
        rightText.put(kind, style(workbook, kind, bold, null, true));
        Map<CellFormat, CellStyle> formats = new EnumMap<>(CellFormat.class);
        for (CellFormat format : List.of(CellFormat.RATE, CellFormat.POINTS, CellFormat.COUNT)) {
          formats.put(format, style(workbook, kind, bold, format.excelFormat(), true));
        }
        numbers.put(kind, formats);
      }
    }

    CellStyle number(CellFormat format, RowKind kind) {
      return numbers.get(kind).get(format);
    }

    CellStyle text(RowKind kind, boolean rightAligned) {
      return (rightAligned ? rightText : labels).get(kind);
    }

    private static CellStyle style(
        SXSSFWorkbook workbook, RowKind kind, Font bold, String format, boolean right) {
      CellStyle style = workbook.createCellStyle();
      if (kind != RowKind.ROW) {
        style.setFont(bold);
      }
      if (format != null) {
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
      }
      if (right) {
        style.setAlignment(org.apache.poi.ss.usermodel.HorizontalAlignment.RIGHT);
      }
      return style;
    }
  }
}
