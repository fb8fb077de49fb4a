package org.schoolattendance.ingest.register;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.schoolattendance.ingest.common.ErrorShareLimit;
import org.schoolattendance.ingest.common.FileBatchLoader;
import org.schoolattendance.ingest.common.FileRejectedException;
import org.schoolattendance.ingest.common.InputHeaders;
import org.schoolattendance.ingest.common.Upn;
import org.schoolattendance.sql.warehouse.SqlScript;

/**
 * Stages a batch of register exports set-based in DuckDB: one bulk read of all the files, one pass
 * of SQL validation over every row of the batch, and the error-share limit applied to each file on
 * its own. {@link StagedRegisterBatch} then writes quarantine and marks in one transaction.
 */
final class RegisterBatchLoader implements FileBatchLoader {

  private final ErrorShareLimit errorShare;

  RegisterBatchLoader(double maxErrorShare) {
    this.errorShare = new ErrorShareLimit(maxErrorShare);
  }

  @Override
  public StagedBatch stage(Connection connection, List<FileToLoad> files)
      throws SQLException, IOException {
    BatchTimer timer = new BatchTimer();
    Map<Integer, FileRejectedException> rejected = new LinkedHashMap<>();
    List<RegisterBatchFile> readable = new ArrayList<>();
    for (int id = 0; id < files.size(); id++) {
      FileToLoad file = files.get(id);
      try {
        RegisterPreamble preamble =
            RegisterPreamble.read(file.file().path(), InputHeaders.REGISTER);
        readable.add(new RegisterBatchFile(id, file.file(), file.loadId(), preamble));
      } catch (FileRejectedException e) {
        rejected.put(id, e);
      }
    }
    try {
      RegisterWorkTables.create(connection, readable);
      SqlScript.fromClasspath("register/school_days.sql").executeOn(connection);
      Map<Integer, FileRejectedException> unreadable = RegisterStaging.read(connection, readable);
      for (int id : unreadable.keySet()) {
        RegisterWorkTables.setAccepted(connection, id, false);
      }
      rejected.putAll(unreadable);
      timer.lap("read and check");
      markBadUpns(connection);
      SqlScript.fromClasspath("register/judge.sql").executeOn(connection);
      RegisterStaging.fillMissingText(connection, readable);
      timer.lap("judge");
      StagedRegisterBatch staged =
          new StagedRegisterBatch(
              connection, files, readable, rejected, fileCounts(connection), timer);
      staged.applyErrorShare(errorShare);
      return staged;
    } catch (SQLException | RuntimeException e) {
      RegisterWorkTables.drop(connection);
      throw e;
    }
  }

  /** UPN check letters are computed in Java, once per distinct UPN of the batch. */
  private static void markBadUpns(Connection connection) throws SQLException {
    List<String> bad = new ArrayList<>();
    try (Statement sql = connection.createStatement();
        ResultSet upns = sql.executeQuery("select distinct upn from register_checked")) {
      while (upns.next()) {
        String upn = upns.getString(1);
        if (upn != null && !Upn.isValid(upn)) {
          bad.add(upn);
        }
      }
    }
    try (PreparedStatement insert =
        connection.prepareStatement("insert into register_bad_upn values (?)")) {
      for (String upn : bad) {
        insert.setString(1, upn);
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  private static Map<Integer, RegisterFileCounts> fileCounts(Connection connection)
      throws SQLException {
    Map<Integer, RegisterFileCounts> counts = new LinkedHashMap<>();
    try (Statement sql = connection.createStatement();
        ResultSet rows =
            sql.executeQuery(
                "select file_id, rows_read, rows_quarantined, rows_queried"
                    + " from register_file_count")) {
      while (rows.next()) {
        counts.put(
            rows.getInt(1),
            new RegisterFileCounts(rows.getLong(2), rows.getLong(3), rows.getLong(4)));
      }
    }
    return counts;
  }
}
