package org.schoolattendance.ingest.common;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.schoolattendance.ingest.common.FileBatchLoader.FileToLoad;
import org.schoolattendance.ingest.common.FileBatchLoader.StagedBatch;
import org.schoolattendance.sql.warehouse.RawSchema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.repeat.RepeatStatus;

/**
 * Loads the files of a manifest in batches, one DuckDB transaction per batch. Files already loaded
 * (same kind and checksum) are skipped, so after a crash the rerun redoes exactly the batch that
 * was rolled back and nothing before it.
 */
public final class FileBatchTasklet {

  private static final Logger log = LoggerFactory.getLogger(FileBatchTasklet.class);

  private final FileKind kind;
  private final FileBatchLoader loader;
  private final BatchLimit limit;
  private final Connection connection;
  private final FileLoadListener listener;
  private final List<Integer> batch = new ArrayList<>();
  private final java.util.Set<String> batchChecksums = new java.util.HashSet<>();
  private List<InputFile> files = List.of();
  private long batchBytes;
  private StepContribution contribution;

  private FileBatchTasklet(
      FileKind kind,
      FileBatchLoader loader,
      BatchLimit limit,
      Connection connection,
      FileLoadListener listener) {
    this.kind = kind;
    this.loader = loader;
    this.limit = limit;
    this.connection = connection;
    this.listener = listener;
  }

  /** A tasklet that opens the warehouse for each execution and loads the manifest's files. */
  public static Tasklet over(
      FileKind kind,
      FileBatchLoader loader,
      BatchLimit limit,
      org.schoolattendance.sql.warehouse.Warehouse warehouse,
      FileLoadListener listener,
      Path manifest) {
    return (contribution, context) -> {
      try (Connection connection = warehouse.open()) {
        RawSchema.ensure(connection);
        return new FileBatchTasklet(kind, loader, limit, connection, listener)
            .loadAll(FileManifest.read(manifest), contribution);
      }
    };
  }

  private RepeatStatus loadAll(List<InputFile> manifest, StepContribution contribution)
      throws Exception {
    this.files = manifest;
    this.contribution = contribution;
    for (int i = 0; i < files.size(); i++) {
      InputFile file = files.get(i);
      listener.fileStarted(kind, file, i, files.size());
      if (batchChecksums.contains(file.sha256())
          || LoadLedger.alreadyLoaded(connection, kind, file)) {
        finish(i, FileLoadResult.alreadyLoaded(kind, file));
        continue;
      }
      batch.add(i);
      batchChecksums.add(file.sha256());
      batchBytes += java.nio.file.Files.size(file.path());
      if (limit.isFull(batch.size(), batchBytes)) {
        loadBatch();
      }
    }
    loadBatch();
    return RepeatStatus.FINISHED;
  }

  private void loadBatch() throws Exception {
    if (batch.isEmpty()) {
      return;
    }
    int first = batch.get(0);
    int last = batch.get(batch.size() - 1);
    log.info(
        "{} files {} to {} of {} started: {} files in one transaction",
        kind.jobName(),
        first + 1,
        last + 1,
        files.size(),
        batch.size());
    List<FileLoadResult> results;
    try {
      List<FileToLoad> toLoad = new ArrayList<>();
      for (int index : batch) {
        toLoad.add(new FileToLoad(LoadLedger.nextLoadId(connection), files.get(index)));
      }
      try (StagedBatch staged = loader.stage(connection, toLoad)) {
        results = write(staged, toLoad);
      }
    } catch (Exception e) {
      // the cause is not chained: its message and stack trace may quote pupil data
      throw new IllegalStateException(
          "loading "
              + kind.name().toLowerCase(Locale.ROOT).replace('_', ' ')
              + " files "
              + files.get(first).name()
              + " to "
              + files.get(last).name()
              + " failed: "
              + Redaction.safeMessage(e));
    }
    for (int i = 0; i < batch.size(); i++) {
      finish(batch.get(i), results.get(i));
    }
    batch.clear();
    batchChecksums.clear();
    batchBytes = 0;
  }

  private List<FileLoadResult> write(StagedBatch staged, List<FileToLoad> toLoad) throws Exception {
    connection.setAutoCommit(false);
    try {
      List<FileLoadResult> results = staged.write(connection);
      for (int i = 0; i < toLoad.size(); i++) {
        LoadLedger.record(connection, toLoad.get(i).loadId(), toLoad.get(i).file(), results.get(i));
      }
      connection.commit();
      return results;
    } catch (Exception e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(true);
    }
  }

  private void finish(int index, FileLoadResult result) {
    contribution.incrementReadCount();
    contribution.incrementWriteCount(result.rowsLoaded());
    FileLoadLog.finished(kind, index, files.size(), result);
    listener.fileFinished(result);
  }
}
