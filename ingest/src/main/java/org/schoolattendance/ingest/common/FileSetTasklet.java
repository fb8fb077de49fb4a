package org.schoolattendance.ingest.common;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import org.schoolattendance.sql.warehouse.RawSchema;
import org.schoolattendance.sql.warehouse.Warehouse;
import org.springframework.batch.core.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.repeat.RepeatStatus;

/**
 * Loads every file of a manifest, one DuckDB transaction per file. A file already loaded (same kind
 * and checksum) is skipped, so replaying the set after a crash finishes it without duplicates. A
 * rejected file is recorded in the ledger with its reason and the set goes on.
 */
public final class FileSetTasklet implements Tasklet {

  private final FileKind kind;
  private final FileLoader loader;
  private final Warehouse warehouse;
  private final FileLoadListener listener;
  private final Path manifest;
  private final ErrorShareLimit errorShare;

  public FileSetTasklet(
      FileKind kind,
      FileLoader loader,
      Warehouse warehouse,
      FileLoadListener listener,
      Path manifest,
      ErrorShareLimit errorShare) {
    this.errorShare = errorShare;
    this.kind = kind;
    this.loader = loader;
    this.warehouse = warehouse;
    this.listener = listener;
    this.manifest = manifest;
  }

  @Override
  public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext)
      throws Exception {
    List<InputFile> files = FileManifest.read(manifest);
    try (Connection connection = warehouse.open()) {
      RawSchema.ensure(connection);
      for (int i = 0; i < files.size(); i++) {
        InputFile file = files.get(i);
        listener.fileStarted(kind, file, i, files.size());
        FileLoadLog.started(kind, i, files.size(), file);
        FileLoadResult result = loadOne(connection, file);
        contribution.incrementReadCount();
        contribution.incrementWriteCount(result.rowsLoaded());
        FileLoadLog.finished(kind, i, files.size(), result);
        listener.fileFinished(result);
      }
    }
    return RepeatStatus.FINISHED;
  }

  private FileLoadResult loadOne(Connection connection, InputFile file) throws Exception {
    if (LoadLedger.alreadyLoaded(connection, kind, file)) {
      return FileLoadResult.alreadyLoaded(kind, file);
    }
    long start = System.nanoTime();
    connection.setAutoCommit(false);
    try {
      long loadId = LoadLedger.nextLoadId(connection);
      FileLoadResult result;
      try {
        result = loader.load(connection, loadId, file);
        errorShare.check(result);
      } catch (FileRejectedException rejected) {
        connection.rollback();
        loadId = LoadLedger.nextLoadId(connection);
        result = rejection(file, rejected, Duration.ofNanos(System.nanoTime() - start));
        LoadLedger.quarantine(connection, loadId, file, rejected.entries());
      }
      LoadLedger.record(connection, loadId, file, result);
      connection.commit();
      return result;
    } catch (Exception e) {
      connection.rollback();
      // the cause is not chained: its message and stack trace may quote pupil data
      throw new IllegalStateException(
          "loading "
              + kind.name().toLowerCase(java.util.Locale.ROOT)
              + " file "
              + file.name()
              + " failed: "
              + Redaction.safeMessage(e));
    } finally {
      connection.setAutoCommit(true);
    }
  }

  private FileLoadResult rejection(InputFile file, FileRejectedException rejected, Duration took) {
    return new FileLoadResult(
        kind,
        file.name(),
        FileLoadResult.Status.REJECTED,
        rejected.rowsRead(),
        0,
        rejected.rowsRead(),
        0,
        took,
        rejected.getMessage());
  }
}
