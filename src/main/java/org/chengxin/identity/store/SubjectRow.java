package org.chengxin.identity.store;

import java.time.Instant;
import java.time.LocalDate;
import org.chengxin.identity.model.SubjectKind;

/** A subject as the registry table holds it. {@code checkFailed} marks a kept bad-check code. */
public record SubjectRow(
    String code,
    SubjectKind kind,
    String organisationType,
    String region,
    String name,
    String pinyin,
    LocalDate birthDate,
    boolean checkFailed,
    String source,
    Instant registeredAt) {}
