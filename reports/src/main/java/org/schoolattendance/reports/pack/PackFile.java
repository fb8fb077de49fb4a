package org.schoolattendance.reports.pack;

import java.nio.file.Path;

/**
 * A rendered file.
 *
 * @param document which document of which pack
 * @param urn the school's URN, or null for an LA document
 * @param laCode the LA's code
 * @param schoolName the school's name, or the LA's name for an LA document
 * @param period the period reported on
 * @param path where the file was written
 */
public record PackFile(
    PackDocument document,
    String urn,
    String laCode,
    String schoolName,
    PackPeriod period,
    Path path) {

  /**
   * The predictable file name: {@code <urn>-<period>-<suffix>} for a school, {@code
   * la-<laCode>-<period>-<suffix>} for the LA, e.g. {@code 100001-2024-25-summer-governor.pdf}.
   */
  public static String fileName(PackDocument document, String urnOrLaCode, PackPeriod period) {
    String owner = document.perSchool() ? urnOrLaCode : "la-" + urnOrLaCode;
    return owner + "-" + period.fileSlug() + "-" + document.fileSuffix();
  }
}
