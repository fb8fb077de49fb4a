package org.schoolattendance.synthetic;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Public door to {@link GeneratedLa} for tests in feature packages. */
public final class GeneratedLaAccess {

  private GeneratedLaAccess() {}

  public static Path dir() {
    return GeneratedLa.dir();
  }

  public static List<Path> files(String folder, String suffix) throws IOException {
    return GeneratedLa.files(folder, suffix);
  }

  public static Map<String, String[]> latestMarks() throws IOException {
    return GeneratedLa.latestMarks();
  }

  public static GenerationSummary summary() {
    return GeneratedLa.summary();
  }
}
