package org.schoolattendance.reports.pack.document;

import java.time.LocalDate;
import java.util.List;

/**
 * The first page of a pack and what repeats on every page.
 *
 * @param kicker small capitals above the title, e.g. "GOVERNOR ATTENDANCE PACK"
 * @param title the school's (or LA's) name
 * @param details e.g. "URN 100001 · LA 307 · Primary"
 * @param period e.g. "2024/25 autumn term"
 * @param freshness data as-of date and latest register date
 * @param synthetic whether every page says the data are synthetic
 * @param audience who the pack is for and what it holds, in one sentence
 * @param marking a protective marking printed at the top of every page, or null
 * @param classification the marking's classification alone (e.g. OFFICIAL-SENSITIVE), printed in
 *     every page's footer, or null
 * @param watermark text printed faintly across every page, or null
 * @param atAGlance the summary sentences on the cover
 * @param footerLabel the first line of every page's footer: pack, school (or LA) and period
 * @param dataAsOf the date the figures run to, for the footer's source line
 * @param documentTitle the PDF's title for viewers and screen readers
 */
public record Cover(
    String kicker,
    String title,
    String details,
    String period,
    String freshness,
    boolean synthetic,
    String audience,
    String marking,
    String classification,
    String watermark,
    List<String> atAGlance,
    String footerLabel,
    LocalDate dataAsOf,
    String documentTitle) {

  public Cover {
    atAGlance = List.copyOf(atAGlance);
  }
}
