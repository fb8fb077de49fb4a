package org.schoolattendance.ingest.register;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.schoolattendance.ingest.common.FileRejectedException;

/**
 * The first line of a register export: {@code # register export; urn=...; exported_at=...}. The
 * export timestamp decides which of two overlapping exports wins, whatever the load order.
 */
record RegisterPreamble(String urn, LocalDateTime exportedAt, boolean crlf) {

  static RegisterPreamble read(Path file, List<String> expectedHeader)
      throws IOException, FileRejectedException {
    String[] lines = firstTwoLines(file);
    String first = lines[0];
    String header = lines[1];
    if (first == null || !first.startsWith("# register export")) {
      throw new FileRejectedException(
          "line 1: a register export must start with '# register export; urn=...;"
              + " exported_at=...'",
          0,
          List.of());
    }
    if (header == null || !header.strip().equals(String.join(",", expectedHeader))) {
      throw new FileRejectedException(
          "line 2: the header should be " + String.join(",", expectedHeader), 0, List.of());
    }
    Map<String, String> values = new HashMap<>();
    for (String part : first.substring(1).split(";")) {
      int equals = part.indexOf('=');
      if (equals > 0) {
        values.put(part.substring(0, equals).strip(), part.substring(equals + 1).strip());
      }
    }
    String urn = values.get("urn");
    if (urn == null || !urn.matches("\\d{6}")) {
      throw new FileRejectedException("line 1: the preamble needs a 6-digit urn", 0, List.of());
    }
    try {
      return new RegisterPreamble(
          urn, LocalDateTime.parse(values.get("exported_at")), endsLinesWithCrlf(file));
    } catch (DateTimeParseException | NullPointerException e) {
      throw new FileRejectedException(
          "line 1: the preamble needs exported_at as yyyy-MM-ddTHH:mm:ss", 0, List.of());
    }
  }

  private static boolean endsLinesWithCrlf(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] start = in.readNBytes(4096);
      for (int i = 0; i < start.length; i++) {
        if (start[i] == '\n') {
          return i > 0 && start[i - 1] == '\r';
        }
      }
      return false;
    }
  }

  /** Decodes only the first two lines: a bad byte further down is found, by line, when staging. */
  private static String[] firstTwoLines(Path file) throws IOException, FileRejectedException {
    byte[] start;
    try (InputStream in = Files.newInputStream(file)) {
      start = in.readNBytes(1 << 16);
    }
    int end = 0;
    for (int newlines = 0; end < start.length && newlines < 2; end++) {
      newlines += start[end] == '\n' ? 1 : 0;
    }
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .decode(java.nio.ByteBuffer.wrap(start, 0, end))
              .toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new FileRejectedException(
          "line 1 or 2: the file is not valid UTF-8 (malformed encoding)", 0, List.of());
    }
    String[] lines = text.split("\r?\n", -1);
    String first = lines.length > 0 ? lines[0] : null;
    first = first != null && first.startsWith("\uFEFF") ? first.substring(1) : first;
    return new String[] {first, lines.length > 1 ? lines[1] : null};
  }
}
