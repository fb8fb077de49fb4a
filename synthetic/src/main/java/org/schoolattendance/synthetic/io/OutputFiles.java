package org.schoolattendance.synthetic.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/** Opens output files under the output folder and keeps count of what was written. */
public final class OutputFiles {

  private final Path root;
  private final List<Path> written = new ArrayList<>();
  private final SortedMap<String, Integer> byKind = new TreeMap<>();

  public OutputFiles(Path root) {
    this.root = root;
  }

  public Path root() {
    return root;
  }

  /** A UTF-8 writer for {@code relative}; the file is registered under {@code kind}. */
  public Writer open(String kind, String relative) throws IOException {
    Path path = root.resolve(relative);
    Files.createDirectories(path.getParent());
    written.add(path);
    byKind.merge(kind, 1, Integer::sum);
    return new BufferedWriter(
        new OutputStreamWriter(Files.newOutputStream(path), StandardCharsets.UTF_8), 1 << 16);
  }

  public List<Path> paths() {
    return written.stream().sorted().toList();
  }

  public SortedMap<String, Integer> countsByKind() {
    return new TreeMap<>(byKind);
  }

  public long totalBytes() throws IOException {
    long total = 0;
    for (Path p : written) {
      total += Files.size(p);
    }
    return total;
  }
}
