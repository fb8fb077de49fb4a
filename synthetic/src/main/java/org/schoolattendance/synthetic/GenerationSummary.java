package org.schoolattendance.synthetic;

import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;

/**
 * What one generator run wrote.
 *
 * @param filesByKind number of files per kind (schools, calendar, census, register, interventions,
 *     truth, readme), in name order
 * @param registerRows data rows written across all register exports (overlaps counted twice)
 * @param bytesWritten total size of every file written
 * @param outputPaths every file written, sorted
 */
public record GenerationSummary(
    int schools,
    int pupils,
    int enrolments,
    SortedMap<String, Integer> filesByKind,
    long registerRows,
    long bytesWritten,
    int faultsInjected,
    List<Path> outputPaths) {}
