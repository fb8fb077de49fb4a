package org.schoolattendance.ingest.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The set of files one job execution loads, written to a file so that a job's identifying
 * parameters stay short: the manifest path and its checksum. The same inputs give the same
 * manifest, so a rerun is the same job instance and restarts where it stopped.
 */
public final class FileManifest {

  private FileManifest() {}

  public static Path write(Path folder, FileKind kind, List<InputFile> files) {
    String content =
        files.stream()
            .map(file -> file.sha256() + "\t" + file.path())
            .reduce("", (a, b) -> a + b + "\n");
    try {
      Files.createDirectories(folder);
      Path manifest =
          folder.resolve(
              kind.name().toLowerCase(java.util.Locale.ROOT)
                  + "-"
                  + InputFile.sha256(content.getBytes(StandardCharsets.UTF_8)).substring(0, 16)
                  + ".manifest");
      Files.writeString(manifest, content, StandardCharsets.UTF_8);
      return manifest;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write a manifest in " + folder, e);
    }
  }

  public static List<InputFile> read(Path manifest) {
    try {
      return Files.readAllLines(manifest, StandardCharsets.UTF_8).stream()
          .filter(line -> !line.isBlank())
          .map(
              line -> {
                int tab = line.indexOf('\t');
                return new InputFile(Path.of(line.substring(tab + 1)), line.substring(0, tab));
              })
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read manifest " + manifest, e);
    }
  }
}
