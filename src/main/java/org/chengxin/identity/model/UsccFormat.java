package org.chengxin.identity.model;

/**
 * The rules of GB 32100-2015: length, alphabet, region digits, the mod-31 check character over
 * positions 1–17 and the GB 11714 check of the embedded organisation code (positions 9–17).
 */
final class UsccFormat {
  static final String NAME = "Unified Social Credit Code";
  static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  private static final int LENGTH = 18;
  private static final String BAD_CHARACTER =
      "%s %s has '%c' at position %d; it uses digits and capital letters except I, O, S, V, Z";
  private static final int[] WEIGHTS = {
    1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28
  };
  private static final int[] ORGANISATION_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

  private UsccFormat() {}

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

  /** Null when length, alphabet and region digits are right; otherwise what is wrong. */
  static String shapeProblem(String value) {
    if (value.isEmpty()) {
      return "no " + NAME + " given";
    }
    if (value.length() != LENGTH) {
      return "a %s has 18 characters; %s has %d"
          .formatted(NAME, CodeText.quote(value), value.length());
    }
    for (int i = 0; i < LENGTH; i++) {
      if (ALPHABET.indexOf(value.charAt(i)) < 0) {
        return BAD_CHARACTER.formatted(NAME, value, value.charAt(i), i + 1);
      }
    }
    if (!CodeText.digits(value, 2, 8)) {
      return "characters 3 to 8 of %s %s must be digits (the region code)".formatted(NAME, value);
    }
    return null;
  }

  /** Null when both check characters verify; otherwise the first that fails. */
  static String checkProblem(String value) {
    char expected = checkCharacter(value.substring(0, 17));
    if (value.charAt(17) != expected) {
      return "check character of %s %s should be %c".formatted(NAME, value, expected);
    }
    char organisationCheck = organisationCheckCharacter(value.substring(8, 16));
    if (value.charAt(16) != organisationCheck) {
      return "organisation code %s inside %s %s fails its own check: character 17 should be %c"
          .formatted(value.substring(8, 17), NAME, value, organisationCheck);
    }
    return null;
  }

  /** The 18th character: 31 − (Σ value·weight mod 31), 31 becoming 0, read back as a character. */
  static char checkCharacter(String first17) {
    requireAlphabet(first17, 17);
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
    }
    return ALPHABET.charAt((31 - sum % 31) % 31);
  }

  /** GB 11714: 11 − (Σ value·weight mod 11) over the 8-character body; 10 is X, 11 is 0. */
  static char organisationCheckCharacter(String body) {
    requireAlphabet(body, 8);
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      sum += Character.digit(body.charAt(i), 36) * ORGANISATION_WEIGHTS[i];
    }
    int check = 11 - sum % 11;
    return check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
  }

  private static void requireAlphabet(String text, int length) {
    if (text.length() != length || !text.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
      throw new InvalidIdentifierException(
          CodeText.SUBJECT,
          "expected %d characters of the %s alphabet, got %s"
              .formatted(length, NAME, CodeText.quote(text)));
    }
  }
}
