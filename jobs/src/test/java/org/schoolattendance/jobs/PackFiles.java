package org.schoolattendance.jobs;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reads rendered packs as a person would see them: every page's text, every cell, page 1 drawn. */
final class PackFiles {

  private PackFiles() {}

  /** Every page's text, whitespace collapsed to single spaces. */
  static String pdfText(Path pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }

  /** Every cell of every sheet as displayed, with sheet names, one cell per line. */
  static String workbookText(Path xlsx) throws IOException {
    StringBuilder text = new StringBuilder();
    DataFormatter formatter = new DataFormatter();
    try (InputStream in = Files.newInputStream(xlsx);
        XSSFWorkbook workbook = new XSSFWorkbook(in)) {
      for (Sheet sheet : workbook) {
        text.append(sheet.getSheetName()).append('\n');
        for (Row row : sheet) {
          for (Cell cell : row) {
            text.append(formatter.formatCellValue(cell)).append('\n');
          }
        }
      }
    }
    return text.toString();
  }

  /**
   * Draws page 1 at 40 dpi into a PNG beside {@code folder} and returns the share of its pixels
   * that are not white, read back from the PNG.
   */
  static double pageOneInkShare(Path pdf, Path folder) throws IOException {
    Path png = folder.resolve(pdf.getFileName() + ".page1.png");
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      ImageIO.write(new PDFRenderer(document).renderImageWithDPI(0, 40), "png", png.toFile());
    }
    BufferedImage image = ImageIO.read(png.toFile());
    long ink = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        if ((image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
          ink++;
        }
      }
    }
    return (double) ink / ((long) image.getWidth() * image.getHeight());
  }
}
