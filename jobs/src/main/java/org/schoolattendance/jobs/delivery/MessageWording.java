package org.schoolattendance.jobs.delivery;

/** The subject and text of each kind of message, written for the person who receives it. */
final class MessageWording {

  static final String OFFICIAL_SENSITIVE = "OFFICIAL-SENSITIVE";

  private final boolean synthetic;

  MessageWording(boolean synthetic) {
    this.synthetic = synthetic;
  }

  String subject(OutgoingMessage message) {
    String about = message.ownerName() + ", " + message.periodLabel();
    String subject =
        switch (message.kind()) {
          case HEAD_PACKS -> "Attendance packs for " + about;
          case HEAD_ANNEX -> "Pupil attendance annex for " + about;
          case GOVERNOR_PACK -> "Attendance pack for governors of " + about;
          case LA_PACK -> "Borough attendance comparison for " + about;
        };
    // a protective marking leads the subject line, before anything else
    return (message.officialSensitive() ? OFFICIAL_SENSITIVE + ": " : "")
        + (synthetic ? "[SYNTHETIC DATA] " : "")
        + subject;
  }

  String body(OutgoingMessage message) {
    String owner =
        message.first().document().perSchool()
            ? message.ownerName() + " (URN " + message.first().file().urn() + ")"
            : message.ownerName() + " (LA " + message.first().file().laCode() + ")";
    String text =
        switch (message.kind()) {
          case HEAD_PACKS ->
              "Dear Headteacher,\n\nAttached are the attendance packs for "
                  + owner
                  + " for "
                  + message.periodLabel()
                  + ": the headteacher pack, and the Ofsted-ready summary of the attendance"
                  + " evidence inspectors look at.\n\nThey hold school-level figures only. The"
                  + " pupil-level annex comes in a separate message marked "
                  + OFFICIAL_SENSITIVE
                  + ".\n";
          case HEAD_ANNEX ->
              OFFICIAL_SENSITIVE
                  + "\n\nDear Headteacher,\n\nAttached is the confidential pupil annex for "
                  + owner
                  + " for "
                  + message.periodLabel()
                  + ". It names pupils and is watermarked with your address.\n\nPlease keep it to"
                  + " staff who need it for attendance work, do not forward it or attach it to"
                  + " anything else, and delete it under your school's retention policy.\n";
          case GOVERNOR_PACK ->
              "Dear Clerk to the Governors,\n\nAttached is the attendance pack for the governing"
                  + " board of "
                  + owner
                  + " for "
                  + message.periodLabel()
                  + ".\n\nIt holds school-level figures only: no pupil names or identifiers.\n";
          case LA_PACK ->
              "Dear colleagues,\n\nAttached is the borough attendance comparison for "
                  + owner
                  + " for "
                  + message.periodLabel()
                  + ", as a PDF and as an XLSX workbook of the same tables.\n";
        };
    return text
        + (synthetic
            ? "\nThese figures come from SYNTHETIC demonstration data, not real pupils.\n"
            : "")
        + "\nLocal authority attendance service\n";
  }
}
