package org.schoolattendance.ingest.common;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.stereotype.Component;

/** Passes each job's per-file events on to whoever is listening (progress bars, summaries). */
@Component
public class IngestEvents implements FileLoadListener {

  private final List<FileLoadListener> listeners = new CopyOnWriteArrayList<>();

  public AutoCloseable listen(FileLoadListener listener) {
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }

  @Override
  public void fileStarted(FileKind kind, InputFile file, int index, int total) {
    listeners.forEach(listener -> listener.fileStarted(kind, file, index, total));
  }

  @Override
  public void fileFinished(FileLoadResult result) {
    listeners.forEach(listener -> listener.fileFinished(result));
  }
}
