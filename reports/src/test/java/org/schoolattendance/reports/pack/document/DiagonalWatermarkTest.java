package org.schoolattendance.reports.pack.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Rectangle;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;

/**
 * The annex's recipient watermark: one line along the page's diagonal, inside the page however long
 * the recipient's address, and faint.
 */
class DiagonalWatermarkTest {

  /** The template's background band: the A4 page inside its margins. */
  private static final Rectangle2D CONTENT = new Rectangle2D.Double(0, 0, 515, 782);

  private static final String LONG_RECIPIENT =
      "OFFICIAL-SENSITIVE · head@millbrook-primary-academy.sch.example";

  @Test
  void aLongRecipientShrinksToFitInsideTheContentArea() {
    FontRenderContext context = new FontRenderContext(null, true, true);
    DiagonalWatermark watermark = new DiagonalWatermark(LONG_RECIPIENT);
    TextLayout line = watermark.line(CONTENT, context);

    assertThat(watermark.font(CONTENT, context).getSize2D())
        .isLessThan(DiagonalWatermark.LARGEST_FONT);
    assertThat(line.getBounds().getWidth())
        .isLessThanOrEqualTo(Math.hypot(515, 782) * DiagonalWatermark.SHARE_OF_DIAGONAL + 0.5);
    assertThat(CONTENT.contains(drawnArea(line))).isTrue();
  }

  @Test
  void aShortRecipientKeepsTheLargestSize() {
    FontRenderContext context = new FontRenderContext(null, true, true);
    DiagonalWatermark watermark = new DiagonalWatermark("OFFICIAL-SENSITIVE · h@s.example");
    TextLayout line = watermark.line(CONTENT, context);
    assertThat(watermark.font(CONTENT, context).getSize2D())
        .isEqualTo(DiagonalWatermark.LARGEST_FONT);
    assertThat(CONTENT.contains(drawnArea(line))).isTrue();
  }

  @Test
  void renderedPagesShowItFaintlyAlongTheDiagonalAndInsideThePage() throws Exception {
    Table.Builder rows = Table.withHeader("Row", "Value");
    for (int r = 0; r < 60; r++) {
      rows.row("row " + r, String.valueOf(r));
    }
    Path pdf =
        new PackDocumentRenderer()
            .render(
                new PackLayout(
                    PackDocumentRendererTest.cover("OFFICIAL-SENSITIVE", LONG_RECIPIENT),
                    List.of(Section.of("Pupils", List.of("A list.")).withTable(rows.build()))),
                Path.of("target", "watermark-test.pdf"));

    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      // 72 dpi: one pixel per point, so the page is 595 × 842 pixels.
      BufferedImage page = new PDFRenderer(document).renderImageWithDPI(1, 72);
      ImageIO.write(page, "png", Path.of("target", "watermark-page2.png").toFile());
      Rectangle faint = faintPixels(page);

      assertThat(faint).as("watermark pixels").isNotNull();
      // Inside the page's margins (40 pt each side, 30 pt top, 24 pt bottom) ...
      assertThat(new Rectangle(40, 30, 515, 788).contains(faint)).as(faint.toString()).isTrue();
      // ... and spread along the diagonal: most of the width and height of the content area.
      assertThat(faint.width).isGreaterThan(400);
      assertThat(faint.height).isGreaterThan(600);
    }
  }

  /** Where the text is drawn once centred on the area and turned onto its diagonal. */
  private static Rectangle2D drawnArea(TextLayout line) {
    Rectangle2D bounds = line.getBounds();
    AffineTransform place = new AffineTransform();
    place.translate(CONTENT.getCenterX(), CONTENT.getCenterY());
    place.rotate(DiagonalWatermark.angle(CONTENT));
    place.translate(-bounds.getCenterX(), -bounds.getCenterY());
    return place.createTransformedShape(bounds).getBounds2D();
  }

  /** The bounding box of the pixels in the watermark's colour (the edges blend with white). */
  private static Rectangle faintPixels(BufferedImage image) {
    Rectangle box = null;
    int target = DiagonalWatermark.COLOUR.getRGB() & 0xFFFFFF;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        if (close(image.getRGB(x, y) & 0xFFFFFF, target)) {
          box = box == null ? new Rectangle(x, y, 1, 1) : box.union(new Rectangle(x, y, 1, 1));
        }
      }
    }
    return box;
  }

  private static boolean close(int rgb, int target) {
    for (int shift = 0; shift <= 16; shift += 8) {
      if (Math.abs(((rgb >> shift) & 0xFF) - ((target >> shift) & 0xFF)) > 2) {
        return false;
      }
    }
    return true;
  }
}
