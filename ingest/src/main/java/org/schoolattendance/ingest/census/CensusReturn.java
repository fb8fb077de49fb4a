package org.schoolattendance.ingest.census;

import java.util.List;

/** One school's census return: its header and its pupils. */
record CensusReturn(CensusHeader header, List<CensusPupil> pupils) {}
