package org.schoolattendance.jobs;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the generated LA's pupil identifiers in a text: UPNs, full names and dates of birth (as
 * yyyy-mm-dd, dd/mm/yyyy or "d Month yyyy"). UPNs and dates are matched as whole tokens, so a long
 * text is scanned once rather than once per pupil.
 */
final class PupilDataScan {

  private static final Pattern UPN_LIKE = Pattern.compile("\\b[A-Z][0-9A-Z]{12}\\b");
  private static final Pattern DATE_LIKE =
      Pattern.compile(
          "\\b(\\d{4}-\\d{2}-\\d{2}|\\d{2}/\\d{2}/\\d{4}|\\d{1,2} [A-Z][a-z]+ \\d{4})\\b");
  private static final DateTimeFormatter SLASHED = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final DateTimeFormatter WORDED = DateTimeFormatter.ofPattern("d MMMM yyyy");

  private final Set<String> upns;
  private final List<String> names;
  private final Set<String> datesOfBirth = new HashSet<>();

  PupilDataScan(GeneratedLa la) {
    this.upns = Set.copyOf(la.upns);
    this.names = List.copyOf(new HashSet<>(la.fullNames));
    for (String dob : la.datesOfBirth) {
      LocalDate date = LocalDate.parse(dob);
      datesOfBirth.add(date.toString());
      datesOfBirth.add(date.format(SLASHED));
      datesOfBirth.add(date.format(WORDED));
    }
  }

  /** Every pupil identifier found in the text; empty when there is none. */
  List<String> find(String text) {
    List<String> found = new ArrayList<>();
    collect(UPN_LIKE.matcher(text), upns, "UPN ", found);
    collect(DATE_LIKE.matcher(text), datesOfBirth, "date of birth ", found);
    String spaced = text.replaceAll("\\s+", " ");
    for (String name : names) {
      if (spaced.contains(name)) {
        found.add("name " + name);
      }
    }
    return found;
  }

  private static void collect(Matcher tokens, Set<String> known, String what, List<String> found) {
    while (tokens.find()) {
      if (known.contains(tokens.group())) {
        found.add(what + tokens.group());
      }
    }
  }
}
