package org.chengxin.synth;

import java.time.LocalDate;
import org.chengxin.identity.model.SubjectKind;

/**
 * A generated subject. {@code risk} scales its negative-event rates; {@code birth} is null for
 * organisations; {@code checkFailed} marks a registry code whose check character fails.
 */
record SynthSubject(
    String code, SubjectKind kind, String name, LocalDate birth, double risk, boolean checkFailed) {

  boolean minorOn(LocalDate date) {
    return birth != null && birth.plusYears(18).isAfter(date);
  }
}
