package org.chengxin.identity.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A person holding a role in an organisation over a period of days, both ends inclusive.
 *
 * @param validTo the last day, or {@code null} while the relation is open
 */
public record SubjectRelation(
    UnifiedSocialCreditCode organisation,
    ResidentIdNumber person,
    RelationRole role,
    LocalDate validFrom,
    LocalDate validTo) {

  public SubjectRelation {
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(validFrom, "validFrom");
    if (validTo != null && validTo.isBefore(validFrom)) {
      throw new IllegalArgumentException(
          "relation ends on " + validTo + ", before it starts on " + validFrom);
    }
  }

  /** An open relation starting on a day. */
  public static SubjectRelation from(
      UnifiedSocialCreditCode organisation,
      ResidentIdNumber person,
      RelationRole role,
      LocalDate validFrom) {
    return new SubjectRelation(organisation, person, role, validFrom, null);
  }

  public boolean activeOn(LocalDate day) {
    Objects.requireNonNull(day, "day");
    return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
  }

  /** The same relation closed on its last day. */
  public SubjectRelation endedOn(LocalDate lastDay) {
    return new SubjectRelation(organisation, person, role, validFrom, lastDay);
  }
}
