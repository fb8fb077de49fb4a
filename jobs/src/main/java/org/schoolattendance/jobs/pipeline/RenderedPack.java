package org.schoolattendance.jobs.pipeline;

import java.nio.file.Path;

/** A pack written for one school: which school, which term, and where the PDF is. */
public record RenderedPack(
    String urn, String schoolName, String termId, String headEmail, Path pdf) {}
