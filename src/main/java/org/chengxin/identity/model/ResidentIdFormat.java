package org.chengxin.identity.model;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * The rules of GB 11643-1999: address code, birth date YYYYMMDD, sequence and an ISO 7064 MOD 11-2
 * check character.
 */
final class ResidentIdFormat {
  static final String NAME = "resident identity number";
  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final String CHECK_CHARACTERS = "10X98765432";
  // Old registrations still circulate (a valid example was born in 1880).
  private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1800, 1, 1);

  private ResidentIdFormat() {}

  static CodeInspection inspect(String value) {
    String problem = shapeProblem(value);
    if (problem != null) {
      return CodeInspection.malformed(value, problem);
    }
    problem = checkProblem(value);
    return problem == null
        ? CodeInspection.valid(value)
        : CodeInspection.checkFailed(value, problem);
  }

  /** Null when layout and birth date are right; otherwise what is wrong. */
  static String shapeProblem(String value) {
    if (value.isEmpty()) {
      return "no " + NAME + " given";
    }
    if (value.length() != 18) {
      return "a %s has 18 characters; %s has %d"
          .formatted(NAME, CodeText.quote(value), value.length());
    }
    char last = value.charAt(17);
    if (!CodeText.digits(value, 0, 17) || !(last == 'X' || (last >= '0' && last <= '9'))) {
      return "a %s is 17 digits followed by a digit or X, not %s".formatted(NAME, value);
    }
    LocalDate birth = birthDate(value);
    if (birth == null) {
      return "birth date %s in %s %s is not a real date"
          .formatted(value.substring(6, 14), NAME, value);
    }
    if (birth.isBefore(EARLIEST_BIRTH)) {
      return "birth date %s in %s %s is before 1800".formatted(value.substring(6, 14), NAME, value);
    }
    return null;
  }

  static String checkProblem(String value) {
    char expected = checkCharacter(value.substring(0, 17));
    return value.charAt(17) == expected
        ? null
        : "check character of %s %s should be %c".formatted(NAME, value, expected);
  }

  /** ISO 7064 MOD 11-2 over 17 digits. */
  static char checkCharacter(String first17) {
    if (first17.length() != 17 || !CodeText.digits(first17, 0, 17)) {
      throw new InvalidIdentifierException(
          CodeText.SUBJECT, "expected the first 17 digits of a " + NAME + ", got " + first17);
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (first17.charAt(i) - '0') * WEIGHTS[i];
    }
    return CHECK_CHARACTERS.charAt(sum % 11);
  }

  /** The birth date in positions 7–14, or null when they name no calendar date. */
  static LocalDate birthDate(String value) {
    try {
      return LocalDate.of(
          Integer.parseInt(value.substring(6, 10)),
          Integer.parseInt(value.substring(10, 12)),
          Integer.parseInt(value.substring(12, 14)));
    } catch (DateTimeException e) {
      return null;
    }
  }
}
