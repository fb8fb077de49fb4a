package org.schoolattendance.ingest.common;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Loads a batch of files at once, so that thousands of small files share the fixed cost of each
 * statement. Reading and validating happen before the batch's transaction (a file DuckDB cannot
 * read is then rejected alone, without aborting the transaction); only the writes happen inside it.
 * A file that must not load is rejected alone and the other files of the batch still load.
 */
public interface FileBatchLoader {

  /** Reads and validates the files (none of them loaded before) into work tables. */
  StagedBatch stage(Connection connection, List<FileToLoad> files) throws SQLException, IOException;

  /** A file of a batch with the load id its rows, quarantine entries and ledger row carry. */
  record FileToLoad(long loadId, InputFile file) {}

  /** A validated batch waiting to be written; closing it drops its work tables. */
  interface StagedBatch extends AutoCloseable {

    /** Writes inside the caller's transaction; one result per file, in the order staged. */
    List<FileLoadResult> write(Connection connection) throws SQLException;

    @Override
    void close();
  }
}
