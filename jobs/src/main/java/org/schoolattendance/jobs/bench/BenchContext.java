package org.schoolattendance.jobs.bench;

import java.nio.file.Path;

/**
 * Where a benchmark may work and which synthetic LA preset it should use.
 *
 * @param workDir a folder of the benchmark's own under the working folder
 * @param preset the synthetic LA preset (borough unless the user chose another)
 */
public record BenchContext(Path workDir, String preset) {}
