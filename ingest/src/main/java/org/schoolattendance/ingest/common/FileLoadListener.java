package org.schoolattendance.ingest.common;

/** Told about each file as a job works through its set, for progress and summaries. */
public interface FileLoadListener {

  void fileStarted(FileKind kind, InputFile file, int index, int total);

  void fileFinished(FileLoadResult result);

  FileLoadListener NONE =
      new FileLoadListener() {
        @Override
        public void fileStarted(FileKind kind, InputFile file, int index, int total) {}

        @Override
        public void fileFinished(FileLoadResult result) {}
      };
}
