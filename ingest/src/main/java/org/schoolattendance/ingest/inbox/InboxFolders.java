package org.schoolattendance.ingest.inbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The inbox and the folders finished files move to. A file's name is only ever used as a single
 * path element inside these folders: a name that would resolve elsewhere is refused.
 */
final class InboxFolders {

  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

  private final Path inbox;
  private final Path archive;
  private final Path failed;

  InboxFolders(Path inbox) throws IOException {
    this.inbox = inbox.toRealPath();
    this.archive = Files.createDirectories(this.inbox.resolve("archive"));
    this.failed = Files.createDirectories(this.inbox.resolve("failed"));
  }

  Path inbox() {
    return inbox;
  }

  /** True when the file is a regular file directly inside the inbox (not a link out of it). */
  boolean isInside(Path file) throws IOException {
    return !Files.isSymbolicLink(file)
        && Files.isRegularFile(file)
        && file.toRealPath().getParent().equals(inbox);
  }

  Path archive(Path file) throws IOException {
    return move(file, archive);
  }

  /** Moves the file to {@code failed/} and writes the reason beside it. */
  Path fail(Path file, String reason) throws IOException {
    Path moved = move(file, failed);
    Files.writeString(
        moved.resolveSibling(moved.getFileName() + ".error.txt"),
        moved.getFileName() + " was not loaded.\n" + reason + "\n",
        StandardCharsets.UTF_8);
    return moved;
  }

  private static Path move(Path file, Path folder) throws IOException {
    Path target = inside(folder, file.getFileName().toString());
    if (Files.exists(target)) {
      target = inside(folder, LocalDateTime.now().format(STAMP) + "-" + file.getFileName());
    }
    return Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
  }

  static Path inside(Path folder, String name) {
    Path target = folder.resolve(name).normalize();
    if (name.isEmpty() || !folder.equals(target.getParent())) {
      throw new IllegalArgumentException("a file name must stay inside " + folder);
    }
    return target;
  }
}
