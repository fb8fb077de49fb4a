package org.schoolattendance.ingest.register;

import java.io.BufferedReader;
import java.io.IOException;
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
record RegisterPreamble(String urn, LocalDateTime exportedAt) {

  static RegisterPreamble read(Path file, List<String> expectedHeader)
      throws IOException, FileRejectedException {
    String first;
    String header;
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      first = reader.readLine();
      header = reader.readLine();
    } catch (java.nio.charset.MalformedInputException e) {
      throw new FileRejectedException("line 1: the file is not valid UTF-8", 0, List.of());
    }
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
      return new RegisterPreamble(urn, LocalDateTime.parse(values.get("exported_at")));
    } catch (DateTimeParseException | NullPointerException e) {
      throw new FileRejectedException(
          "line 1: the preamble needs exported_at as yyyy-MM-ddTHH:mm:ss", 0, List.of());
    }
  }
}
