package org.schoolattendance.synthetic.calendar;

import java.time.LocalDate;

/** One row of the calendar file; {@code urn} is null when the event applies to every school. */
public record CalendarEvent(
    AcademicYear year, String kind, String name, LocalDate start, LocalDate end, String urn) {}
