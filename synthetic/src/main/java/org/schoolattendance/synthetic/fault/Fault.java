package org.schoolattendance.synthetic.fault;

/**
 * One injected fault.
 *
 * @param file path relative to the output folder
 * @param line 1-based line of the bad row or pupil element; 0 for a whole-file fault
 * @param detail what was done, without any pupil data
 */
record Fault(String file, FaultKind kind, int line, FaultKind.Outcome outcome, String detail) {

  Fault(String file, FaultKind kind, int line, String detail) {
    this(file, kind, line, kind.usualOutcome(), detail);
  }
}
