package org.schoolattendance.reports.pack.document;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRPrintFrame;
import net.sf.jasperreports.engine.JRPrintPage;
import net.sf.jasperreports.engine.JRPrintText;
import net.sf.jasperreports.engine.JasperPrint;

/**
 * Writes each section's page number into the contents on the cover. A section's page is only known
 * once the report is filled, and the contents take the same space whatever the numbers are, so the
 * numbers are set in the filled report instead of filling it twice.
 */
final class ContentsPageNumbers {

  static final String HEADING_KEY = "section-heading";
  static final String CONTENTS_PAGE_KEY = "contents-page";

  private ContentsPageNumbers() {}

  static void writeInto(JasperPrint print) {
    List<Integer> headingPages = new ArrayList<>();
    List<JRPrintText> contentsCells = new ArrayList<>();
    List<JRPrintPage> pages = print.getPages();
    for (int page = 0; page < pages.size(); page++) {
      collect(pages.get(page).getElements(), page + 1, headingPages, contentsCells);
    }
    Iterator<Integer> numbers = headingPages.iterator();
    for (JRPrintText cell : contentsCells) {
      cell.setText(numbers.hasNext() ? String.valueOf(numbers.next()) : "");
    }
  }

  private static void collect(
      List<JRPrintElement> elements,
      int pageNumber,
      List<Integer> headingPages,
      List<JRPrintText> contentsCells) {
    for (JRPrintElement element : elements) {
      if (element instanceof JRPrintFrame frame) {
        collect(frame.getElements(), pageNumber, headingPages, contentsCells);
      } else if (element instanceof JRPrintText text) {
        if (HEADING_KEY.equals(text.getKey())) {
          headingPages.add(pageNumber);
        } else if (CONTENTS_PAGE_KEY.equals(text.getKey())) {
          contentsCells.add(text);
        }
      }
    }
  }
}
