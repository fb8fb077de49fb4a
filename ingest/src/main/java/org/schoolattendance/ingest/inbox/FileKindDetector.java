package org.schoolattendance.ingest.inbox;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.schoolattendance.ingest.common.FileKind;
import org.schoolattendance.ingest.common.InputHeaders;

/** Recognises an input file's kind from its first line, whatever the file is called. */
final class FileKindDetector {

  private static final Map<String, FileKind> HEADERS =
      Map.of(
          String.join(",", InputHeaders.SCHOOLS), FileKind.SCHOOL_DIRECTORY,
          String.join(",", InputHeaders.CALENDAR), FileKind.CALENDAR,
          String.join(",", InputHeaders.INTERVENTIONS), FileKind.INTERVENTION_LOG);

  private FileKindDetector() {}

  static Optional<FileKind> detect(Path file) throws IOException {
    byte[] start;
    try (InputStream in = Files.newInputStream(file)) {
      start = in.readNBytes(4096);
    }
    String text = new String(start, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    String firstLine = text.lines().findFirst().orElse("").strip();
    if (firstLine.startsWith("# register export")) {
      return Optional.of(FileKind.REGISTER);
    }
    if (firstLine.startsWith("<?xml") || firstLine.startsWith("<")) {
      return text.contains("<SchoolCensus") ? Optional.of(FileKind.CENSUS) : Optional.empty();
    }
    return Optional.ofNullable(HEADERS.get(firstLine));
  }
}
