package org.schoolattendance.jobs.delivery;

import java.nio.file.Path;

/** One message: which school's pack went to whom, and where its .eml copy is. */
public record Delivery(
    String urn,
    String termId,
    String pack,
    String recipient,
    Path attachment,
    String attachmentSha256,
    String messageId,
    Path eml) {}
