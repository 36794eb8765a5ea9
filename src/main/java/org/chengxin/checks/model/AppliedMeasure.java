package org.chengxin.checks.model;

import java.time.LocalDate;

/**
 * A measure that applies, with its reason: what triggered it (a list entry, a rating, a record
 * type), the legal basis, and the day it ends (null where it lasts while the rating or record
 * does).
 */
public record AppliedMeasure(
    String code,
    String nameZh,
    String nameEn,
    Measure.Kind kind,
    Effect effect,
    String because,
    String listEntry,
    String legalBasis,
    LocalDate endsOn) {}
