package org.chengxin.identity.model;

/**
 * Reads an 18-character code of unknown kind, and when neither reading verifies, picks the likelier
 * one to explain, so the user hears about the check character of the code they meant.
 */
final class SubjectCodeReading {
  private static final String NEITHER = UsccFormat.NAME + " or " + ResidentIdFormat.NAME;

  private SubjectCodeReading() {}

  static SubjectCode read(String value) {
    CodeInspection person = ResidentIdFormat.inspect(value);
    if (person.valid()) {
      return new ResidentIdNumber(value);
    }
    CodeInspection organisation = UsccFormat.inspect(value);
    if (organisation.valid()) {
      return new UnifiedSocialCreditCode(value);
    }
    throw new InvalidIdentifierException(CodeText.SUBJECT, explain(value, person, organisation));
  }

  private static String explain(String value, CodeInspection person, CodeInspection organisation) {
    if (value.isEmpty()) {
      return "no " + NEITHER + " given";
    }
    if (value.length() != 18) {
      return "%s is not an 18-character %s".formatted(CodeText.quote(value), NEITHER);
    }
    return person.wellFormed() || looksLikeBirthYear(value)
        ? person.problem()
        : organisation.problem();
  }

  /** Digits 7–10 of an identity number are a birth year; in a credit code they rarely look so. */
  private static boolean looksLikeBirthYear(String value) {
    String century = value.substring(6, 8);
    return CodeText.digits(value, 0, 17)
        && (century.equals("18") || century.equals("19") || century.equals("20"));
  }
}
