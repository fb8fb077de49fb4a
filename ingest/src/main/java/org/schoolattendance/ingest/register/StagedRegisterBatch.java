package org.schoolattendance.ingest.register;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.schoolattendance.ingest.common.ErrorShareLimit;
import org.schoolattendance.ingest.common.FileBatchLoader.FileToLoad;
import org.schoolattendance.ingest.common.FileBatchLoader.StagedBatch;
import org.schoolattendance.ingest.common.FileKind;
import org.schoolattendance.ingest.common.FileLoadResult;
import org.schoolattendance.ingest.common.FileRejectedException;
import org.schoolattendance.ingest.common.LoadLedger;
import org.schoolattendance.ingest.common.QuarantineEntry;
import org.schoolattendance.ingest.common.QuarantineEntry.Severity;
import org.schoolattendance.sql.warehouse.SqlScript;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A validated register batch: writes the quarantine of its accepted files and merges their good
 * rows into raw_mark (later export wins, replaced marks to history), and records each rejected
 * file's reason. A file over the error-share limit is rejected alone; the others still load.
 */
final class StagedRegisterBatch implements StagedBatch {

  private static final Logger log = LoggerFactory.getLogger(StagedRegisterBatch.class);

  private final List<FileToLoad> files;
  private final List<RegisterBatchFile> readable;
  private final Map<Integer, FileRejectedException> rejected;
  private final Map<Integer, RegisterFileCounts> counts;
  private final BatchTimer timer;
  private final Connection connection;

  StagedRegisterBatch(
      Connection connection,
      List<FileToLoad> files,
      List<RegisterBatchFile> readable,
      Map<Integer, FileRejectedException> rejected,
      Map<Integer, RegisterFileCounts> counts,
      BatchTimer timer) {
    this.connection = connection;
    this.files = files;
    this.readable = readable;
    this.rejected = rejected;
    this.counts = counts;
    this.timer = timer;
  }

  /** Rejects each file whose own share of errors is over the limit; nothing of it will load. */
  void applyErrorShare(ErrorShareLimit limit) throws SQLException {
    for (RegisterBatchFile file : readable) {
      RegisterFileCounts count = countsOf(file.id());
      if (!rejected.containsKey(file.id()) && limit.isExceeded(count.read(), count.quarantined())) {
        rejected.put(
            file.id(), limit.rejection(count.read(), count.quarantined(), ruleCounts(file.id())));
        RegisterWorkTables.setAccepted(connection, file.id(), false);
      }
    }
  }

  @Override
  public List<FileLoadResult> write(Connection on) throws SQLException {
    for (var rejection : rejected.entrySet()) {
      FileToLoad file = files.get(rejection.getKey());
      LoadLedger.quarantine(on, file.loadId(), file.file(), rejection.getValue().entries());
    }
    SqlScript.fromClasspath("register/quarantine.sql").executeOn(on);
    Map<String, String> scope = mergeScope(on);
    if (scope != null) {
      SqlScript.fromClasspath("register/merge.sql", scope).executeOn(on);
    }
    timer.lap("write");
    List<FileLoadResult> results = results();
    long rows = results.stream().mapToLong(FileLoadResult::rowsRead).sum();
    log.info(
        "registerJob batch of {} files, {} rows: {}; {} rows/s",
        files.size(),
        rows,
        timer.summary(),
        Math.round(rows / Math.max(timer.elapsedNanos() / 1e9, 1e-9)));
    return results;
  }

  @Override
  public void close() {
    RegisterWorkTables.drop(connection);
  }

  private RegisterFileCounts countsOf(int fileId) {
    return counts.getOrDefault(fileId, RegisterFileCounts.EMPTY);
  }

  /** Each file's share of the batch's time is its share of the batch's rows. */
  private List<FileLoadResult> results() {
    long elapsed = timer.elapsedNanos();
    long totalRows =
        Math.max(1, counts.values().stream().mapToLong(RegisterFileCounts::read).sum());
    List<FileLoadResult> results = new ArrayList<>();
    for (int id = 0; id < files.size(); id++) {
      String name = files.get(id).file().name();
      RegisterFileCounts count = countsOf(id);
      Duration took = Duration.ofNanos(elapsed * count.read() / totalRows);
      FileRejectedException rejection = rejected.get(id);
      results.add(
          rejection != null
              ? new FileLoadResult(
                  FileKind.REGISTER,
                  name,
                  FileLoadResult.Status.REJECTED,
                  rejection.rowsRead(),
                  0,
                  rejection.rowsRead(),
                  0,
                  took,
                  rejection.getMessage())
              : new FileLoadResult(
                  FileKind.REGISTER,
                  name,
                  FileLoadResult.Status.LOADED,
                  count.read(),
                  count.loaded(),
                  count.quarantined(),
                  count.queried(),
                  took,
                  null));
    }
    return results;
  }

  /**
   * The schools and dates of the rows to merge, as SQL literals (URNs are six digits, checked in
   * the preamble), or null when no row is to be merged.
   */
  private static Map<String, String> mergeScope(Connection on) throws SQLException {
    List<String> urns = new ArrayList<>();
    LocalDate first = null;
    LocalDate last = null;
    try (Statement sql = on.createStatement();
        ResultSet rows =
            sql.executeQuery(
                "select files.urn, min(checked.session_date), max(checked.session_date)"
                    + " from register_checked as checked join register_file as files"
                    + " on files.file_id = checked.file_id and files.accepted"
                    + " where checked.rule_code is null group by files.urn")) {
      while (rows.next()) {
        urns.add("'" + rows.getString(1) + "'");
        LocalDate from = rows.getObject(2, LocalDate.class);
        LocalDate to = rows.getObject(3, LocalDate.class);
        first = first == null || from.isBefore(first) ? from : first;
        last = last == null || to.isAfter(last) ? to : last;
      }
    }
    if (urns.isEmpty()) {
      return null;
    }
    return Map.of(
        "urns", String.join(", ", urns),
        "first_date", "date '" + first + "'",
        "last_date", "date '" + last + "'");
  }

  private List<QuarantineEntry> ruleCounts(int fileId) throws SQLException {
    List<QuarantineEntry> entries = new ArrayList<>();
    try (PreparedStatement query =
        connection.prepareStatement(
            "select rule_code, count(*), min(source_line) from register_checked"
                + " where file_id = ? and rule_code is not null and rule_code <> 'REG010'"
                + " group by rule_code order by rule_code")) {
      query.setInt(1, fileId);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          RegisterRule rule = RegisterRule.valueOf(rows.getString(1));
          entries.add(
              new QuarantineEntry(
                  rows.getLong(3),
                  rule.field(),
                  rule.name(),
                  Severity.ERROR,
                  rule.message() + " (" + rows.getLong(2) + " rows, first at this line)",
                  null));
        }
      }
    }
    return entries;
  }
}
