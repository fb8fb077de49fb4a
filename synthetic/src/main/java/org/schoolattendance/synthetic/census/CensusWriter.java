package org.schoolattendance.synthetic.census;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.schoolattendance.synthetic.calendar.AcademicYear;
import org.schoolattendance.synthetic.calendar.SchoolTimeline;
import org.schoolattendance.synthetic.io.OutputFiles;
import org.schoolattendance.synthetic.io.XmlWriter;
import org.schoolattendance.synthetic.population.Enrolment;
import org.schoolattendance.synthetic.population.FsmPeriod;
import org.schoolattendance.synthetic.population.Pupil;
import org.schoolattendance.synthetic.register.EnrolmentTrack;
import org.schoolattendance.synthetic.school.School;

/**
 * Writes one school's census return: pupils on roll on census day, and pupils who left since the
 * previous census after being on roll in the reported term, each with that term's attendance.
 */
public final class CensusWriter {

  private final SchoolTimeline timeline;
  private final List<AcademicYear> simulatedYears;

  public CensusWriter(SchoolTimeline timeline) {
    this.timeline = timeline;
    this.simulatedYears = timeline.years();
  }

  public void write(
      OutputFiles files,
      School school,
      CensusDay census,
      List<Enrolment> enrolments,
      Map<Integer, EnrolmentTrack> tracksByEnrolment)
      throws IOException {
    LocalDate day = census.date();
    LocalDate previous = census.previous().date();
    boolean termSimulated = simulatedYears.contains(census.reportedYear());
    try (Writer w = files.open("census", census.fileName(school.urn()))) {
      XmlWriter x = new XmlWriter(w);
      x.start("SchoolCensus");
      header(x, school, census);
      x.start("Pupils");
      for (Enrolment e : enrolments) {
        if (e.onRoll(day)) {
          pupil(x, "PupilOnRoll", e, census, tracksByEnrolment.get(e.id()), termSimulated, false);
        }
      }
      for (Enrolment e : enrolments) {
        if (e.leaving() != null && e.leaving().isAfter(previous) && e.leaving().isBefore(day)) {
          TermAttendance a =
              TermAttendance.of(
                  tracksByEnrolment.get(e.id()),
                  timeline,
                  census.reportedYear(),
                  census.reportedTerm());
          if (a.sessions() > 0) {
            pupil(
                x,
                "PupilNoLongerOnRoll",
                e,
                census,
                tracksByEnrolment.get(e.id()),
                termSimulated,
                true);
          }
        }
      }
      x.end();
      x.end();
    }
  }

  private static void header(XmlWriter x, School school, CensusDay census) throws IOException {
    x.start("Header");
    x.start("CollectionDetails");
    x.leaf("Collection", "SC");
    x.leaf("Term", census.census().censusCode());
    x.leaf("Year", census.date().getYear());
    x.leaf("ReferenceDate", census.date());
    x.end();
    x.start("Source");
    x.leaf("SoftwareCode", "SYNTHETIC");
    x.leaf("Release", "1");
    x.leaf("SerialNo", "1");
    x.leaf("DateTime", census.date() + "T16:00:00");
    x.end();
    x.start("SchoolLoc");
    x.leaf("URN", school.urn());
    x.leaf("LEA", school.laCode());
    x.leaf("Estab", school.estab());
    x.leaf("SchoolName", school.name());
    x.leaf("Phase", school.phase().censusCode());
    x.end();
    x.leaf("Synthetic", "true");
    x.end();
  }

  private void pupil(
      XmlWriter x,
      String element,
      Enrolment e,
      CensusDay census,
      EnrolmentTrack track,
      boolean termSimulated,
      boolean leaver)
      throws IOException {
    Pupil p = e.pupil();
    LocalDate asAt = leaver ? e.leaving() : census.date();
    x.start(element);
    x.start("PupilIdentifiers");
    x.leaf("UPN", p.upn());
    x.leaf("Surname", p.surname());
    x.leaf("Forename", p.forename());
    x.leaf("DOB", p.dob());
    x.leaf("Sex", String.valueOf(p.sex()));
    x.end();
    x.start("PupilCharacteristics");
    x.leaf("Ethnicity", p.ethnicity());
    x.leaf("FirstLanguage", p.firstLanguage());
    for (FsmPeriod f : p.fsm()) {
      if (f.start().isAfter(census.date())) {
        continue;
      }
      x.start("FSMhistory");
      x.leaf("FSMstartDate", f.start());
      if (f.end() != null && !f.end().isAfter(census.date())) {
        x.leaf("FSMendDate", f.end());
      }
      x.end();
    }
    x.leaf("SENprovision", String.valueOf(p.sen()));
    x.end();
    x.start("PupilStatus");
    x.leaf("EnrolStatus", e.censusStatus(asAt));
    x.leaf("EntryDate", e.admission());
    if (leaver) {
      x.leaf("LeavingDate", e.leaving());
    }
    int nc = Math.min(14, Math.max(0, p.ncYear(AcademicYear.containing(asAt).startYear())));
    x.leaf("NCyearActual", nc == 0 ? "R" : String.valueOf(nc));
    x.end();
    if (termSimulated) {
      TermAttendance a =
          TermAttendance.of(track, timeline, census.reportedYear(), census.reportedTerm());
      if (a.sessions() > 0) {
        x.start("Attendance");
        x.start("TermlyAttendance");
        x.leaf("AcademicYear", census.reportedYear().label());
        x.leaf("Term", census.reportedTerm().censusCode());
        x.leaf("SessionsPossible", a.possible());
        x.leaf("SessionsAuthorised", a.authorised());
        x.leaf("SessionsUnauthorised", a.unauthorised());
        for (Map.Entry<String, Integer> r : a.reasons().entrySet()) {
          x.start("SessionDetail");
          x.leaf("AttendanceReason", r.getKey());
          x.leaf("Sessions", r.getValue());
          x.end();
        }
        x.end();
        x.end();
      }
    }
    x.end();
  }
}
