package org.schoolattendance.ingest.inbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.schoolattendance.ingest.IngestRunner;
import org.schoolattendance.ingest.common.FileKind;
import org.schoolattendance.ingest.common.FileLoadListener;
import org.schoolattendance.ingest.common.FileLoadResult;
import org.schoolattendance.ingest.common.FileLoadResult.Status;
import org.schoolattendance.ingest.common.InputFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Inbox mode, for the nightly schedule: every file dropped in the inbox is recognised by its
 * content, loaded by its kind's job, then moved to {@code archive/} when loaded (or already loaded)
 * and to {@code failed/}, with a {@code .error.txt} saying why, when it was not.
 */
@Component
public class InboxIngest {

  private static final Logger log = LoggerFactory.getLogger(InboxIngest.class);

  private final IngestRunner runner;

  public InboxIngest(IngestRunner runner) {
    this.runner = runner;
  }

  public List<FileLoadResult> ingest(Path inbox, Path manifestDir, FileLoadListener listener)
      throws Exception {
    if (!Files.isDirectory(inbox)) {
      throw new IllegalArgumentException("no inbox folder at " + inbox);
    }
    InboxFolders folders = new InboxFolders(inbox);
    Map<FileKind, List<InputFile>> byKind = new EnumMap<>(FileKind.class);
    List<FileLoadResult> results = new ArrayList<>();
    for (Path file : arrivals(folders)) {
      Optional<FileKind> kind =
          folders.isInside(file) ? FileKindDetector.detect(file) : Optional.empty();
      if (kind.isPresent()) {
        byKind.computeIfAbsent(kind.get(), k -> new ArrayList<>()).add(InputFile.of(file));
      } else {
        String reason =
            "It is not a recognised input: a register export, census XML, schools.csv, term"
                + " calendar or intervention log (see docs/formats.md), or it is a link.";
        folders.fail(file, reason);
        results.add(unrecognised(file, reason));
      }
    }
    Map<String, Path> paths = new HashMap<>();
    byKind.values().forEach(files -> files.forEach(f -> paths.put(f.name(), f.path())));
    for (FileLoadResult result : runner.ingest(byKind, manifestDir, listener)) {
      results.add(result);
      Path file = paths.remove(result.fileName());
      if (result.status() == Status.REJECTED) {
        folders.fail(file, result.message());
      } else {
        folders.archive(file);
      }
    }
    for (Path leftOver : paths.values()) {
      if (Files.exists(leftOver)) { // its job instance completed in an earlier run
        folders.archive(leftOver);
      }
    }
    log.info("inbox: {} files handled", results.size());
    return results;
  }

  private static List<Path> arrivals(InboxFolders folders) throws IOException {
    try (Stream<Path> paths = Files.list(folders.inbox())) {
      return paths
          .filter(path -> !Files.isDirectory(path))
          .filter(path -> !path.getFileName().toString().startsWith("."))
          .sorted()
          .toList();
    }
  }

  private static FileLoadResult unrecognised(Path file, String reason) {
    return new FileLoadResult(
        null, file.getFileName().toString(), Status.REJECTED, 0, 0, 0, 0, Duration.ZERO, reason);
  }
}
