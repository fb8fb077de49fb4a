package org.schoolattendance.ingest.common;

import java.io.IOException;
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

/**
 * Reads small CSV inputs strictly: UTF-8 only, BOM and CRLF tolerated, quoted fields may hold
 * commas, quotes and line breaks, header checked.
 */
public final class CsvFiles {

  private CsvFiles() {}

  /** Opens a CSV whose header must be exactly the given columns. */
  public static CsvInput open(Path file, List<String> expectedHeader)
      throws IOException, FileRejectedException {
    CsvInput input = openAny(file);
    List<String> header = input.parser().getHeaderNames();
    if (!header.equals(expectedHeader)) {
      input.close();
      throw new FileRejectedException(
          "line 1: the header should be " + String.join(",", expectedHeader), 0, List.of());
    }
    return input;
  }

  /** Opens a CSV with a header row of any columns (names kept in file order, BOM removed). */
  public static CsvInput openAny(Path file) throws IOException, FileRejectedException {
    String text = withoutBom(readUtf8(file));
    CSVParser parser =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setAllowDuplicateHeaderNames(true)
            .setAllowMissingColumnNames(true)
            .setIgnoreEmptyLines(true)
            .get()
            .parse(new StringReader(text));
    return new CsvInput(parser, text);
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
          "line " + line + ": the file is not valid UTF-8 (malformed encoding)", line, List.of());
    }
    decoder.flush(chars);
    chars.flip();
    return chars.toString();
  }

  private static String withoutBom(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }
}
