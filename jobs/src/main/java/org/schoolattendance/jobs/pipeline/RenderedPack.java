package org.schoolattendance.jobs.pipeline;

import java.nio.file.Path;
import org.schoolattendance.reports.pack.PackDocument;
import org.schoolattendance.reports.pack.PackFile;

/**
 * A rendered pack file with what delivery needs to route it.
 *
 * @param file the file as the reports module describes it
 * @param headEmail the school's head as the school directory had it when the file was rendered (the
 *     head annex is watermarked for that address); null for an LA document
 * @param clerkEmail the school's clerk to the governors, likewise; null for an LA document
 * @param sha256 the file's SHA-256 when it was rendered, so delivery can refuse a changed file
 */
public record RenderedPack(PackFile file, String headEmail, String clerkEmail, String sha256) {

  public PackDocument document() {
    return file.document();
  }

  public Path path() {
    return file.path();
  }

  public String fileName() {
    return file.path().getFileName().toString();
  }

  /** The school's URN, or {@code la-<code>} for an LA document: whose the file is. */
  public String owner() {
    return file.document().perSchool() ? file.urn() : "la-" + file.laCode();
  }
}
