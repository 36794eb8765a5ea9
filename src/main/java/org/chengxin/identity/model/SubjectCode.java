package org.chengxin.identity.model;

import java.util.Locale;
import java.util.Objects;

/**
 * The code a credit subject is known by: a resident identity number for a person, a Unified Social
 * Credit Code for any organisation. Both are 18 characters with a check character.
 */
public sealed interface SubjectCode permits UnifiedSocialCreditCode, ResidentIdNumber {

  /** The normalised code. */
  String value();

  SubjectKind kind();

  /** The region of registration encoded in the code. */
  RegionCode region();

  /**
   * Parses a code of unknown kind: a resident identity number if it has a real birth date and its
   * check passes, otherwise a Unified Social Credit Code. The error explains the likelier reading.
   */
  static SubjectCode parse(String raw) {
    return SubjectCodeReading.read(CodeText.normalise(raw));
  }

  /** Parses a code whose subject kind is known, rejecting a code that names another kind. */
  static SubjectCode parse(String raw, SubjectKind kind) {
    Objects.requireNonNull(kind, "kind");
    if (kind == SubjectKind.PERSON) {
      return ResidentIdNumber.parse(raw);
    }
    UnifiedSocialCreditCode code = UnifiedSocialCreditCode.parse(raw);
    OrganisationType type = code.organisationType();
    if (type != OrganisationType.OTHER && code.kind() != kind) {
      throw new InvalidIdentifierException(
          CodeText.SUBJECT,
          "%s %s is the code of a %s, not of the kind asked for (%s)"
              .formatted(
                  UsccFormat.NAME,
                  code.value(),
                  type.labelEn(),
                  kind.name().toLowerCase(Locale.ROOT).replace('_', ' ')));
    }
    return code;
  }
}
