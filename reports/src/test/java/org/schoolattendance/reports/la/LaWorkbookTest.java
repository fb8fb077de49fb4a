package org.schoolattendance.reports.la;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The XLSX companion, read back with POI: the PDF's tables with unrounded numbers. */
class LaWorkbookTest {

  private static XSSFWorkbook workbook;

  @BeforeAll
  static void open() throws IOException {
    try (InputStream in = Files.newInputStream(RenderedLaPack.get().workbook())) {
      workbook = new XSSFWorkbook(in);
    }
  }

  @AfterAll
  static void close() throws IOException {
    workbook.close();
  }

  @Test
  void startsWithNotesThenOneSheetPerTable() {
    List<String> names = new ArrayList<>();
    workbook.forEach(sheet -> names.add(sheet.getSheetName()));
    assertThat(names)
        .containsExactly(
            "Notes",
            "Data quality",
            "Schools ranked",
            "LA vs England",
            "Trends",
            "Absence bands",
            "Group gaps",
            "Impact by mode",
            "Contacts by school");
    String notes = sheetText(workbook.getSheet("Notes"));
    assertThat(notes)
        .contains("SYNTHETIC DATA — not real pupils")
        .contains("2023/24 autumn term")
        .contains("19 December 2023")
        .contains("c = fewer than 5 pupils")
        .contains("Open Government Licence v3.0");
  }

  @Test
  void writesTheSameFiguresAsNumbersWithOneDecimalFormats() {
    Row alder = row(workbook.getSheet("Schools ranked"), "Alder Primary (100001)");
    assertThat(alder.getCell(1).getNumericCellValue()).isEqualTo(420.0);
    assertThat(alder.getCell(2).getNumericCellValue()).isEqualTo(4.5);
    assertThat(alder.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("0.0");
    assertThat(alder.getCell(3).getNumericCellValue()).isEqualTo(1.0);
    assertThat(alder.getCell(4).getStringCellValue()).isEqualTo("A");
    // Severe absence: 2 of Alder's 420 pupils, fewer than 5: c in the rate, rank and band.
    assertThat(alder.getCell(8).getStringCellValue()).isEqualTo("c");
    assertThat(alder.getCell(9).getStringCellValue()).isEqualTo("c");
    assertThat(alder.getCell(10).getStringCellValue()).isEqualTo("c");
    assertThat(alder.getCell(11).getNumericCellValue())
        .isCloseTo(-0.5, org.assertj.core.data.Offset.offset(1e-9));
    Row damson = row(workbook.getSheet("Schools ranked"), "Damson Infants (100004)");
    assertThat(damson.getCell(2).getStringCellValue()).isEqualTo("c");
    Row laTotal = row(workbook.getSheet("LA vs England"), "Overall absence, total");
    assertThat(laTotal.getCell(4).getNumericCellValue())
        .isEqualTo(6.7, org.assertj.core.data.Offset.offset(1e-9));
    // "similar" in the PDF; the unrounded gap here.
    Row birch = row(workbook.getSheet("Group gaps"), "Birch Primary (100002)");
    assertThat(birch.getCell(2).getNumericCellValue()).isEqualTo(0.6);
  }

  @Test
  void freezesTheHeaderRowAndFiltersEveryTable() {
    for (Sheet sheet : workbook) {
      if (sheet.getSheetName().equals("Notes")) {
        continue;
      }
      assertThat(sheet.getPaneInformation()).as(sheet.getSheetName()).isNotNull();
      assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
      assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
      assertThat(((XSSFSheet) sheet).getCTWorksheet().isSetAutoFilter())
          .as(sheet.getSheetName())
          .isTrue();
      assertThat(sheet.getColumnWidth(0)).isGreaterThan(sheet.getDefaultColumnWidth() * 256);
    }
  }

  @Test
  void storesTextThatLooksLikeAFormulaAsQuotedText() {
    Row formula =
        row(workbook.getSheet("Schools ranked"), LaWarehouseFixture.FORMULA_SCHOOL + " (100012)");
    Cell name = formula.getCell(0);
    assertThat(name.getCellType()).isEqualTo(CellType.STRING);
    assertThat(name.getStringCellValue()).isEqualTo("=1+2 Formula Academy (100012)");
    assertThat(name.getCellStyle().getQuotePrefixed()).isTrue();
    for (Sheet sheet : workbook) {
      for (Row row : sheet) {
        for (Cell cell : row) {
          assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
        }
      }
    }
  }

  @Test
  void holdsNoPupilIdentifiers() {
    StringBuilder all = new StringBuilder();
    workbook.forEach(sheet -> all.append(sheetText(sheet)));
    assertThat(all.toString())
        .doesNotContain(LaWarehouseFixture.UPN)
        .doesNotContain(LaWarehouseFixture.FORENAME)
        .doesNotContain(LaWarehouseFixture.SURNAME)
        .doesNotContain(LaWarehouseFixture.DATE_OF_BIRTH);
  }

  private static Row row(Sheet sheet, String label) {
    for (Row row : sheet) {
      Cell first = row.getCell(0);
      if (first != null
          && first.getCellType() == CellType.STRING
          && first.getStringCellValue().equals(label)) {
        return row;
      }
    }
    throw new AssertionError("no row " + label + " in sheet " + sheet.getSheetName());
  }

  private static String sheetText(Sheet sheet) {
    DataFormatter formatter = new DataFormatter();
    StringBuilder text = new StringBuilder();
    for (Row row : sheet) {
      for (Cell cell : row) {
        text.append(formatter.formatCellValue(cell)).append('\t');
      }
      text.append('\n');
    }
    return text.toString();
  }
}
