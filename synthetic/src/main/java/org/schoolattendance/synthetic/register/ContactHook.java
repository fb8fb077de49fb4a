package org.schoolattendance.synthetic.register;

import java.util.List;

/**
 * Called by {@link SchoolSimulation} at the first register day of each school week, before that day
 * is simulated, so contacts can react to attendance so far and plant effects from now on.
 */
public interface ContactHook {

  void weekStarts(int week, int firstDayOfWeek, List<PupilView> onRoll);

  /** What the contact model may see of one enrolment, and the lever to plant its effect. */
  interface PupilView {
    EnrolmentTrack track();

    AttendanceLedger ledger();

    int ncYear(int day);

    void treat(Treatment treatment);

    boolean treated();
  }

  ContactHook NONE = (week, firstDay, onRoll) -> {};
}
