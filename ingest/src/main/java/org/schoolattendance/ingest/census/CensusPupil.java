package org.schoolattendance.ingest.census;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One pupil element of a census return, as text values keyed by their path below the pupil. */
final class CensusPupil {

  final boolean onRoll;
  final String elementPath;
  final long line;
  final Map<String, String> values = new LinkedHashMap<>();
  final List<Map<String, String>> fsmPeriods = new ArrayList<>();
  final List<TermlyAttendance> attendance = new ArrayList<>();

  CensusPupil(boolean onRoll, String elementPath, long line) {
    this.onRoll = onRoll;
    this.elementPath = elementPath;
    this.line = line;
  }

  String get(String path) {
    return values.get(path);
  }

  static final class TermlyAttendance {
    final Map<String, String> values = new LinkedHashMap<>();
    final List<String[]> reasons = new ArrayList<>();
  }
}
