package org.schoolattendance.ingest.published;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import org.schoolattendance.ingest.common.FileKind;
import org.schoolattendance.ingest.common.FileLoadResult;
import org.schoolattendance.ingest.common.FileLoader;
import org.schoolattendance.ingest.common.FileRejectedException;
import org.schoolattendance.ingest.common.InputFile;
import org.schoolattendance.ingest.common.LoadLedger;

/**
 * Loads one shipped DfE file, choosing the statistics or the neighbour reader from the catalogue.
 */
final class PublishedStatisticsLoader implements FileLoader {

  private final PublishedCatalogue catalogue = PublishedCatalogue.shipped();

  @Override
  public FileLoadResult load(Connection connection, long loadId, InputFile file)
      throws SQLException, IOException, FileRejectedException {
    long start = System.nanoTime();
    PublishedFile entry =
        catalogue
            .describe(file.path())
            .orElseThrow(
                () ->
                    new FileRejectedException(
                        "not a DfE file this product knows (see dfe/catalogue.csv)", 0, List.of()));
    StatisticFileLoader.Counts counts =
        entry.isNeighbours()
            ? new NeighbourFileLoader().load(connection, loadId, file, entry)
            : new StatisticFileLoader().load(connection, loadId, file, entry);
    LoadLedger.quarantine(connection, loadId, file, counts.problems());
    return new FileLoadResult(
        FileKind.PUBLISHED_STATISTICS,
        file.name(),
        FileLoadResult.Status.LOADED,
        counts.read(),
        counts.loaded(),
        counts.read() - counts.loaded(),
        0,
        Duration.ofNanos(System.nanoTime() - start),
        null);
  }
}
