package org.schoolattendance.jobs;

/**
 * {@code --work-dir} decides where the metadata database and logs live, which Spring needs before
 * the command line is parsed, so it is read from the arguments first.
 */
final class WorkDirArgument {

  static final String OPTION = "--work-dir";

  private WorkDirArgument() {}

  static void applyTo(String[] args) {
    for (int i = 0; i < args.length; i++) {
      if (args[i].startsWith(OPTION + "=")) {
        System.setProperty("attendance.work-dir", args[i].substring(OPTION.length() + 1));
      } else if (args[i].equals(OPTION) && i + 1 < args.length) {
        System.setProperty("attendance.work-dir", args[i + 1]);
      }
    }
  }
}
