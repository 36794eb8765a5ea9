package org.chengxin.ingest.model;

import java.time.LocalDate;
import org.chengxin.identity.model.SubjectCode;
import org.chengxin.records.model.RecordAction;

/**
 * A submission that passed every check that needs no database: ready to store. {@code
 * attributesJson} is canonical (sorted keys, normalised numbers) and {@code contentHash} covers
 * every field, so that a re-sent identical record is recognised and a changed one is not.
 */
public record ValidRecord(
    long index,
    String reference,
    SubjectCode subject,
    String subjectName,
    String type,
    RecordAction action,
    String supersedes,
    LocalDate eventDate,
    String documentNo,
    String legalBasis,
    String attributesJson,
    byte[] contentHash) {}
