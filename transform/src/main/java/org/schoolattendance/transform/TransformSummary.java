package org.schoolattendance.transform;

import java.nio.file.Path;
import java.time.Duration;

/** What one transform run read and wrote. */
public record TransformSummary(long inputRows, long outputRows, Path output, Duration elapsed) {}
