package org.schoolattendance.synthetic;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.schoolattendance.synthetic.calendar.AcademicYear;
import org.schoolattendance.synthetic.calendar.CalendarCsvWriter;
import org.schoolattendance.synthetic.calendar.CalendarPlanner;
import org.schoolattendance.synthetic.calendar.SchoolTimeline;
import org.schoolattendance.synthetic.calendar.TermName;
import org.schoolattendance.synthetic.calendar.YearCalendar;
import org.schoolattendance.synthetic.census.CensusDay;
import org.schoolattendance.synthetic.census.CensusWriter;
import org.schoolattendance.synthetic.fault.FaultInjector;
import org.schoolattendance.synthetic.intervention.ContactModel;
import org.schoolattendance.synthetic.intervention.InterventionLogWriter;
import org.schoolattendance.synthetic.io.OutputFiles;
import org.schoolattendance.synthetic.population.Enrolment;
import org.schoolattendance.synthetic.population.Population;
import org.schoolattendance.synthetic.population.PopulationPlanner;
import org.schoolattendance.synthetic.register.EnrolmentTrack;
import org.schoolattendance.synthetic.register.ExportSchedule;
import org.schoolattendance.synthetic.register.RegisterExport;
import org.schoolattendance.synthetic.register.RegisterExportWriter;
import org.schoolattendance.synthetic.register.SchoolSimulation;
import org.schoolattendance.synthetic.school.School;
import org.schoolattendance.synthetic.school.SchoolFactory;
import org.schoolattendance.synthetic.school.SchoolsCsvWriter;
import org.schoolattendance.synthetic.truth.EffectTruthWriter;
import org.schoolattendance.synthetic.truth.PupilTruthWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Generates a synthetic local authority in the product's real input formats. The plan (schools,
 * calendars, pupils and enrolments) is built in memory; registers are then simulated and written
 * school by school, so memory holds one school's marks at a time.
 */
public final class SyntheticLaGenerator {

  private static final Logger log = LoggerFactory.getLogger(SyntheticLaGenerator.class);

  private final GenerationListener listener;

  public SyntheticLaGenerator(GenerationListener listener) {
    this.listener = listener == null ? GenerationListener.silent() : listener;
  }

  public GenerationSummary generate(GeneratorOptions options) throws IOException {
    Files.createDirectories(options.outputDir());
    OutputFiles files = new OutputFiles(options.outputDir());

    listener.stepStarted("plan", 3);
    List<School> schools =
        new SchoolFactory(options.seed(), options.laCode())
            .create(options.schools(), options.pupils());
    List<YearCalendar> calendars = planCalendars(options, schools);
    listener.progressed(1);
    Population population =
        new PopulationPlanner(options.seed(), options.laCode(), options.asOf())
            .plan(schools, calendars);
    listener.progressed(2);
    SchoolsCsvWriter.write(files, schools);
    for (YearCalendar cal : calendars) {
      CalendarCsvWriter.write(files, cal);
    }
    listener.progressed(3);
    listener.stepFinished();

    listener.stepStarted("schools", schools.size());
    long registerRows = 0;
    InterventionLogWriter interventions = new InterventionLogWriter();
    FaultInjector faults = new FaultInjector(options.seed(), options.faultRate());
    EffectTruthWriter effectTruth = new EffectTruthWriter(files);
    SchoolSimulation simulation = new SchoolSimulation(options.seed());
    List<CensusDay> censuses = censusDays(calendars, options.asOf());
    int done = 0;
    for (School school : schools) {
      SchoolTimeline timeline = new SchoolTimeline(school.urn(), calendars, options.asOf());
      List<Enrolment> enrolments = population.at(school.urn());
      ContactModel contacts =
          new ContactModel(
              options.seed(), school, timeline, options.plantedEffects(), school.targetRoll());
      List<EnrolmentTrack> tracks = simulation.run(school, timeline, enrolments, contacts);
      interventions.add(contacts.records());
      effectTruth.add(school.urn(), tracks);
      RegisterExportWriter registers = new RegisterExportWriter(timeline);
      for (RegisterExport export :
          ExportSchedule.plan(options.seed(), school, timeline, options.asOf())) {
        registerRows += registers.write(files, export, tracks);
        faults.register(files.root(), export.fileName());
      }
      Map<Integer, EnrolmentTrack> byEnrolment = new HashMap<>();
      tracks.forEach(t -> byEnrolment.put(t.enrolment().id(), t));
      CensusWriter census = new CensusWriter(timeline);
      for (CensusDay day : censuses) {
        census.write(files, school, day, enrolments, byEnrolment);
        faults.census(files.root(), day.fileName(school.urn()));
      }
      listener.progressed(++done);
    }
    listener.stepFinished();
    effectTruth.close();
    for (String log : interventions.write(files, calendars, options.asOf())) {
      faults.interventions(files.root(), log);
    }
    PupilTruthWriter.write(files, population.pupils());
    faults.writeTruth(files);

    ReadmeWriter.write(files, options, schools.size(), population.pupils().size());
    log.info(
        "generated {} schools, {} pupils, {} register rows",
        schools.size(),
        population.pupils().size(),
        registerRows);
    return new GenerationSummary(
        schools.size(),
        population.pupils().size(),
        population.enrolmentCount(),
        files.countsByKind(),
        registerRows,
        files.totalBytes(),
        faults.count(),
        files.paths());
  }

  static List<YearCalendar> planCalendars(GeneratorOptions options, List<School> schools) {
    AcademicYear last = AcademicYear.containing(options.asOf());
    CalendarPlanner planner = new CalendarPlanner(options.seed());
    List<YearCalendar> calendars = new ArrayList<>();
    for (int i = options.years() - 1; i >= 0; i--) {
      calendars.add(planner.plan(new AcademicYear(last.startYear() - i), schools));
    }
    return calendars;
  }

  /** Census days inside the window, up to the as-of date, in date order. */
  static List<CensusDay> censusDays(List<YearCalendar> calendars, LocalDate asOf) {
    List<CensusDay> days = new ArrayList<>();
    for (YearCalendar cal : calendars) {
      for (TermName t : TermName.values()) {
        CensusDay c = CensusDay.of(cal.year(), t);
        if (!c.date().isAfter(asOf)) {
          days.add(c);
        }
      }
    }
    return days;
  }
}
