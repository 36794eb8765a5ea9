package org.chengxin.identity.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Makes valid codes for the synthetic city and for tests; the same seeded generator gives the same
 * codes. Codes are random, not unique: callers that need distinct subjects skip repeats.
 */
public final class CodeFactory {
  private CodeFactory() {}

  /** A credit code of the given type and region, with a valid embedded organisation code. */
  public static UnifiedSocialCreditCode organisation(
      RandomGenerator rnd, OrganisationType type, RegionCode region) {
    Objects.requireNonNull(region, "region");
    StringBuilder code =
        new StringBuilder(18)
            .append(type.registrationAuthority())
            .append(type.typeChar())
            .append(region.value());
    for (int i = 0; i < 8; i++) {
      code.append(UsccFormat.ALPHABET.charAt(rnd.nextInt(UsccFormat.ALPHABET.length())));
    }
    code.append(UsccFormat.organisationCheckCharacter(code.substring(8, 16)));
    code.append(UsccFormat.checkCharacter(code.toString()));
    return new UnifiedSocialCreditCode(code.toString());
  }

  /** A resident identity number for a person born on that day in that region. */
  public static ResidentIdNumber person(
      RandomGenerator rnd, RegionCode region, LocalDate birthDate, Sex sex) {
    Objects.requireNonNull(region, "region");
    // Sequence 000 is never issued; odd numbers are men, even numbers women.
    int sequence = sex == Sex.MALE ? 2 * rnd.nextInt(500) + 1 : 2 * rnd.nextInt(1, 500);
    String first17 =
        region.value()
            + "%04d%02d%02d%03d"
                .formatted(
                    birthDate.getYear(),
                    birthDate.getMonthValue(),
                    birthDate.getDayOfMonth(),
                    sequence);
    return new ResidentIdNumber(first17 + ResidentIdFormat.checkCharacter(first17));
  }
}
