package org.schoolattendance.ingest.published;

/**
 * One shipped DfE file, as listed in {@code dfe/catalogue.csv}: where it is, what it holds and the
 * time columns it lacks.
 */
record PublishedFile(
    String path, String kind, String periodType, String timePeriod, String timeIdentifier) {

  boolean isNeighbours() {
    return kind.equals("neighbours");
  }

  String dataset() {
    String name = path.substring(path.lastIndexOf('/') + 1);
    return name.substring(0, name.length() - ".csv".length());
  }
}
