package org.schoolattendance.ingest.census;

import java.time.LocalDate;

/** The header of a census return: whose return it is and for which census. */
record CensusHeader(String urn, String laCode, String term, int year, LocalDate referenceDate) {}
