package org.schoolattendance.reports;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** Text of PDFs as a reader sees it, with runs of white space collapsed to one space. */
public final class PdfText {

  private PdfText() {}

  public static String all(Path pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      return page(document, 1, document.getNumberOfPages());
    }
  }

  public static String page(PDDocument document, int page) throws IOException {
    return page(document, page, page);
  }

  private static String page(PDDocument document, int first, int last) throws IOException {
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setSortByPosition(true);
    stripper.setStartPage(first);
    stripper.setEndPage(last);
    return stripper.getText(document).replaceAll("\\s+", " ");
  }
}
