package org.schoolattendance.jobs.progress;

import java.io.PrintStream;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Shows how far a long step has got: a progress bar on a terminal, a percentage line every 10% when
 * output goes to a file or CI log (where a redrawn bar would be noise).
 */
public final class Progress implements AutoCloseable {

  private final String task;
  private final long total;
  private final PrintStream out;
  private final ProgressBar bar;
  private long done;
  private int lastTenth = -1;

  private Progress(String task, long total, PrintStream out, boolean interactive) {
    this.task = task;
    this.total = Math.max(total, 1);
    this.out = out;
    this.bar =
        interactive
            ? new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(this.total)
                .setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(200)
                .build()
            : null;
  }

  public static Progress start(String task, long total) {
    return new Progress(task, total, System.out, System.console() != null);
  }

  public void stepTo(long value) {
    done = Math.min(value, total);
    if (bar != null) {
      bar.stepTo(done);
      return;
    }
    int tenth = (int) (10 * done / total);
    if (tenth > lastTenth) {
      lastTenth = tenth;
      out.printf("  %s: %,d of %,d (%d%%)%n", task, done, total, 100 * done / total);
    }
  }

  public void step() {
    stepTo(done + 1);
  }

  @Override
  public void close() {
    stepTo(total);
    if (bar != null) {
      bar.close();
    }
  }
}
