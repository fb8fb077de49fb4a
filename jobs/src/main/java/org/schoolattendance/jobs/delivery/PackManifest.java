package org.schoolattendance.jobs.delivery;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.schoolattendance.jobs.pipeline.RenderedPack;
import org.schoolattendance.reports.pack.PackDocument;
import org.schoolattendance.reports.pack.PackFile;
import org.schoolattendance.reports.pack.PackPeriod;

/**
 * The list of files the last {@code report} run wrote, kept beside them as a tab-separated file so
 * that a separate {@code deliver} run sends exactly those files, to the addresses they were
 * rendered for, and refuses any file changed since.
 */
public final class PackManifest {

  public static final String FILE_NAME = "manifest.tsv";

  private static final List<String> COLUMNS =
      List.of(
          "document",
          "urn",
          "la_code",
          "name",
          "period_id",
          "period_label",
          "academic_year",
          "period_start",
          "period_end",
          "year_to_date",
          "file",
          "head_email",
          "clerk_email",
          "sha256");

  private PackManifest() {}

  /** Replaces the manifest in {@code folder} in one step, so a reader never sees half of it. */
  public static void write(Path folder, List<RenderedPack> packs) throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add(String.join("\t", COLUMNS));
    for (RenderedPack pack : packs) {
      lines.add(line(pack));
    }
    Files.createDirectories(folder);
    Path partial = folder.resolve(FILE_NAME + ".partial");
    Files.write(partial, lines, StandardCharsets.UTF_8);
    Files.move(
        partial,
        folder.resolve(FILE_NAME),
        StandardCopyOption.REPLACE_EXISTING,
        StandardCopyOption.ATOMIC_MOVE);
  }

  /**
   * The files the manifest in {@code folder} lists, resolved in that folder.
   *
   * @throws IllegalStateException naming the manifest and line when it is missing, malformed or
   *     lists a file that is not there
   */
  public static List<RenderedPack> read(Path folder) throws IOException {
    Path manifest = folder.resolve(FILE_NAME);
    if (!Files.isRegularFile(manifest)) {
      throw new IllegalStateException(
          "no packs to deliver: " + manifest + " is missing; run report first");
    }
    List<String> lines = Files.readAllLines(manifest, StandardCharsets.UTF_8);
    if (lines.isEmpty() || !lines.get(0).equals(String.join("\t", COLUMNS))) {
      throw new IllegalStateException(manifest + " line 1: not a pack manifest header");
    }
    List<RenderedPack> packs = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      if (!lines.get(i).isBlank()) {
        packs.add(parse(folder, lines.get(i), manifest + " line " + (i + 1)));
      }
    }
    return packs;
  }

  private static String line(RenderedPack pack) {
    PackFile file = pack.file();
    PackPeriod period = file.period();
    return String.join(
        "\t",
        file.document().name(),
        cell(file.urn()),
        cell(file.laCode()),
        cell(file.schoolName()),
        period.id(),
        cell(period.label()),
        period.academicYear(),
        period.start().toString(),
        period.end().toString(),
        Boolean.toString(period.yearToDate()),
        pack.fileName(),
        cell(pack.headEmail()),
        cell(pack.clerkEmail()),
        pack.sha256());
  }

  /** Tabs and line breaks in a value would break the line; an empty cell stands for null. */
  private static String cell(String value) {
    return value == null ? "" : value.replaceAll("[\\t\\r\\n]+", " ");
  }

  private static RenderedPack parse(Path folder, String line, String where) {
    String[] cells = line.split("\t", -1);
    if (cells.length != COLUMNS.size()) {
      throw new IllegalStateException(
          where + ": expected " + COLUMNS.size() + " tab-separated fields, found " + cells.length);
    }
    try {
      PackPeriod period =
          new PackPeriod(
              cells[4],
              cells[5],
              cells[6],
              LocalDate.parse(cells[7]),
              LocalDate.parse(cells[8]),
              Boolean.parseBoolean(cells[9]));
      Path path = folder.resolve(Path.of(cells[10]).getFileName().toString());
      if (!Files.isRegularFile(path)) {
        throw new IllegalStateException("the file " + path + " is missing; run report again");
      }
      PackFile file =
          new PackFile(
              PackDocument.valueOf(cells[0]),
              nullIfEmpty(cells[1]),
              nullIfEmpty(cells[2]),
              nullIfEmpty(cells[3]),
              period,
              path);
      return new RenderedPack(file, nullIfEmpty(cells[11]), nullIfEmpty(cells[12]), cells[13]);
    } catch (RuntimeException e) {
      throw new IllegalStateException(where + ": " + e.getMessage(), e);
    }
  }

  private static String nullIfEmpty(String cell) {
    return cell.isEmpty() ? null : cell;
  }
}
