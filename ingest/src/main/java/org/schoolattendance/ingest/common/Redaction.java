package org.schoolattendance.ingest.common;

import java.util.regex.Pattern;

/**
 * Makes an exception message safe for logs, the ledger and {@code .error.txt} files. Parser and
 * database messages often quote the offending line, which may hold a UPN, a name or a date of
 * birth: only the first line of the message is kept, and UPN- and date-shaped text is masked.
 */
public final class Redaction {

  private static final Pattern UPN = Pattern.compile("\\b[A-Z]\\d{11}[0-9A-Z]\\b");
  private static final Pattern DATE = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b");
  private static final Pattern QUOTED = Pattern.compile("(['\"]).{1,200}?\\1");

  private Redaction() {}

  public static String safeMessage(Throwable error) {
    String message =
        error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
    return safe(message);
  }

  public static String safe(String message) {
    String firstLine = message.lines().findFirst().orElse("").strip();
    String masked = UPN.matcher(firstLine).replaceAll("[UPN]");
    masked = DATE.matcher(masked).replaceAll("[date]");
    return QUOTED.matcher(masked).replaceAll("[text]");
  }
}
