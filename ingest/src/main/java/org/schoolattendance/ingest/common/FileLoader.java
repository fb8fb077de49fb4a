package org.schoolattendance.ingest.common;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Loads one file inside the caller's transaction: quarantines bad rows, writes good ones with their
 * lineage, and returns the counts. Throws {@link FileRejectedException} when the file as a whole
 * must not be loaded.
 */
public interface FileLoader {

  FileLoadResult load(Connection connection, long loadId, InputFile file)
      throws SQLException, IOException, FileRejectedException;
}
