package org.schoolattendance.synthetic.register;

import java.util.ArrayList;
import java.util.List;
import org.schoolattendance.synthetic.calendar.SchoolTimeline;
import org.schoolattendance.synthetic.population.Enrolment;
import org.schoolattendance.synthetic.school.School;

/**
 * Runs every enrolment of one school through the window, day by day, so a school-level contact
 * model can act between weeks. Holds only this school's marks (one byte per session).
 */
public final class SchoolSimulation {

  private final long seed;

  public SchoolSimulation(long seed) {
    this.seed = seed;
  }

  public List<EnrolmentTrack> run(
      School school, SchoolTimeline timeline, List<Enrolment> enrolments, ContactHook hook) {
    SchoolEvents events = new SchoolEvents(seed, school, timeline);
    int firstMonth = timeline.size() == 0 ? 0 : AttendanceLedger.monthKey(timeline.date(0));
    int months =
        timeline.size() == 0
            ? 1
            : AttendanceLedger.monthKey(timeline.date(timeline.size() - 1)) - firstMonth + 1;
    List<EnrolmentSimulator> sims = new ArrayList<>(enrolments.size());
    for (Enrolment e : enrolments) {
      EnrolmentTrack track = new EnrolmentTrack(e, timeline);
      if (track.hasSessions()) {
        sims.add(
            new EnrolmentSimulator(
                seed, track, timeline, events, new AttendanceLedger(timeline, firstMonth, months)));
      }
    }
    List<ContactHook.PupilView> views = new ArrayList<>(sims.size());
    for (EnrolmentSimulator sim : sims) {
      views.add(view(sim));
    }
    int currentWeek = -1;
    List<ContactHook.PupilView> onRoll = new ArrayList<>();
    for (int day = 0; day < timeline.size(); day++) {
      if (timeline.week(day) != currentWeek) {
        currentWeek = timeline.week(day);
        onRoll.clear();
        for (ContactHook.PupilView v : views) {
          if (v.track().covers(day)) {
            onRoll.add(v);
          }
        }
        hook.weekStarts(currentWeek, day, onRoll);
      }
      for (EnrolmentSimulator sim : sims) {
        sim.simulate(day);
      }
    }
    List<EnrolmentTrack> tracks = new ArrayList<>(sims.size());
    for (EnrolmentSimulator sim : sims) {
      tracks.add(sim.track());
    }
    return tracks;
  }

  private static ContactHook.PupilView view(EnrolmentSimulator sim) {
    return new ContactHook.PupilView() {
      @Override
      public EnrolmentTrack track() {
        return sim.track();
      }

      @Override
      public AttendanceLedger ledger() {
        return sim.ledger();
      }

      @Override
      public int ncYear(int day) {
        return sim.ncYear(day);
      }

      @Override
      public void treat(Treatment treatment) {
        sim.treat(treatment);
      }

      @Override
      public boolean treated() {
        return sim.treatment() != null;
      }
    };
  }
}
