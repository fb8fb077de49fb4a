package org.schoolattendance.ingest.common;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;

/** Reads small CSV inputs strictly: UTF-8 only, BOM tolerated, header checked. */
public final class CsvFiles {

  private CsvFiles() {}

  /** Opens a CSV whose header must be exactly the given columns. */
  public static CSVParser open(Path file, List<String> expectedHeader)
      throws IOException, FileRejectedException {
    CSVParser parser =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .get()
            .parse(strictUtf8Reader(file));
    List<String> header = parser.getHeaderNames().stream().map(CsvFiles::withoutBom).toList();
    if (!header.equals(expectedHeader)) {
      parser.close();
      throw new FileRejectedException(
          "line 1: the header should be " + String.join(",", expectedHeader), 0, List.of());
    }
    return parser;
  }

  /** Decodes the whole file as UTF-8, naming the line of the first byte that is not. */
  public static String readUtf8(Path file) throws IOException, FileRejectedException {
    ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(file));
    CharBuffer chars = CharBuffer.allocate(bytes.remaining());
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    CoderResult result = decoder.decode(bytes, chars, true);
    if (result.isError()) {
      chars.flip();
      long line = chars.chars().filter(c -> c == '\n').count() + 1;
      throw new FileRejectedException(
          "line " + line + ": the file is not valid UTF-8", line, List.of());
    }
    decoder.flush(chars);
    chars.flip();
    return chars.toString();
  }

  private static Reader strictUtf8Reader(Path file) throws IOException, FileRejectedException {
    return new StringReader(readUtf8(file));
  }

  private static String withoutBom(String name) {
    return name.startsWith("\uFEFF") ? name.substring(1) : name;
  }
}
