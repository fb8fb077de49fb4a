package org.schoolattendance.jobs.delivery;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.schoolattendance.jobs.pipeline.RenderedPack;
import org.schoolattendance.reports.pack.PackDocument;
import org.schoolattendance.reports.pack.PackFile;
import org.schoolattendance.reports.pack.PackPeriod;

/** Small stand-in pack files with distinct contents, named as the reports module names them. */
final class RenderedFiles {

  static final PackPeriod SUMMER =
      new PackPeriod(
          "2024/25-summer",
          "2024/25 summer term",
          "2024/25",
          LocalDate.of(2025, 4, 22),
          LocalDate.of(2025, 7, 22),
          false);
  static final String LA = "307";

  private final Path folder;
  private final List<RenderedPack> packs = new ArrayList<>();

  RenderedFiles(Path folder) {
    this.folder = folder;
  }

  static String head(String urn) {
    return "head@" + urn + ".sch.example";
  }

  static String clerk(String urn) {
    return "clerk@" + urn + ".sch.example";
  }

  /** The governor, head, annex and Ofsted files of one school, with both its addresses. */
  RenderedFiles school(String urn) throws IOException {
    return school(urn, head(urn), clerk(urn));
  }

  RenderedFiles school(String urn, String headEmail, String clerkEmail) throws IOException {
    for (PackDocument document :
        List.of(
            PackDocument.GOVERNOR,
            PackDocument.HEAD,
            PackDocument.HEAD_ANNEX,
            PackDocument.OFSTED)) {
      add(document, urn, "School " + urn, headEmail, clerkEmail);
    }
    return this;
  }

  RenderedFiles la() throws IOException {
    add(PackDocument.LA_COMPARISON, null, "Synthetic LA", null, null);
    add(PackDocument.LA_TABLES, null, "Synthetic LA", null, null);
    return this;
  }

  RenderedFiles add(
      PackDocument document, String urn, String name, String headEmail, String clerkEmail)
      throws IOException {
    String owner = document.perSchool() ? urn : LA;
    Path file = folder.resolve(PackFile.fileName(document, owner, SUMMER));
    Files.createDirectories(folder);
    Files.writeString(file, "content of " + file.getFileName(), StandardCharsets.UTF_8);
    packs.add(
        new RenderedPack(
            new PackFile(document, urn, LA, name, SUMMER, file),
            headEmail,
            clerkEmail,
            Checksums.sha256(file)));
    return this;
  }

  List<RenderedPack> packs() {
    return List.copyOf(packs);
  }

  RenderedPack find(String fileName) {
    return packs.stream()
        .filter(pack -> pack.fileName().equals(fileName))
        .findFirst()
        .orElseThrow();
  }
}
