package org.schoolattendance.jobs.cli;

import java.util.concurrent.Callable;

/** A subcommand whose stage is planned but not built: it says so and exits non-zero. */
abstract class NotBuiltYet implements Callable<Integer> {

  private final String what;

  NotBuiltYet(String what) {
    this.what = what;
  }

  @Override
  public Integer call() {
    System.err.println(what + " is not built yet in this version; nothing was done.");
    return 2;
  }
}
