package org.schoolattendance.ingest.common;

import java.io.IOException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** An open CSV file that can say on which line of the file each record starts. */
public final class CsvInput implements Iterable<CSVRecord>, AutoCloseable {

  private final CSVParser parser;
  private final int[] lineStarts;

  CsvInput(CSVParser parser, String text) {
    this.parser = parser;
    int[] starts = new int[16];
    int count = 1;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = i + 1;
      }
    }
    this.lineStarts = Arrays.copyOf(starts, count);
  }

  CSVParser parser() {
    return parser;
  }

  /** The header row's names, in file order (duplicates kept). */
  public List<String> headerNames() {
    return parser.getHeaderNames();
  }

  /** The 1-based line of the file where the record starts (quoted line breaks counted). */
  public long line(CSVRecord record) {
    int found = Arrays.binarySearch(lineStarts, (int) record.getCharacterPosition());
    return (found >= 0 ? found : -found - 2) + 1;
  }

  @Override
  public Iterator<CSVRecord> iterator() {
    return parser.iterator();
  }

  @Override
  public void close() throws IOException {
    parser.close();
  }
}
