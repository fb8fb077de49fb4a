package org.schoolattendance.sql.model;

import java.time.Duration;

/** What building one model produced. */
public record ModelResult(String name, String layer, long rows, Duration elapsed) {}
