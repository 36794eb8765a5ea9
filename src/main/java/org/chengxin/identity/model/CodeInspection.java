package org.chengxin.identity.model;

import java.util.Objects;

/**
 * What a code looks like after normalisation, without throwing: bulk imports from registries keep
 * codes whose check fails (some really issued codes do) and flag them, where interactive input
 * rejects them.
 *
 * @param normalised the input trimmed, half-width and upper-cased
 * @param wellFormed the code has the right length, characters and embedded fields
 * @param checkPassed the check character(s) verify; never true for a malformed code
 * @param problem a one-line explanation, or {@code null} exactly when the code is valid
 */
public record CodeInspection(
    String normalised, boolean wellFormed, boolean checkPassed, String problem) {

  public CodeInspection {
    Objects.requireNonNull(normalised, "normalised");
    if (checkPassed && !wellFormed) {
      throw new IllegalArgumentException("a malformed code cannot pass its check");
    }
    if ((problem == null) != (wellFormed && checkPassed)) {
      throw new IllegalArgumentException("a problem is given exactly when the code is not valid");
    }
  }

  static CodeInspection valid(String normalised) {
    return new CodeInspection(normalised, true, true, null);
  }

  static CodeInspection malformed(String normalised, String problem) {
    return new CodeInspection(normalised, false, false, problem);
  }

  static CodeInspection checkFailed(String normalised, String problem) {
    return new CodeInspection(normalised, true, false, problem);
  }

  /** Well formed and every check passes. */
  public boolean valid() {
    return wellFormed && checkPassed;
  }
}
