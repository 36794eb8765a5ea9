package org.chengxin.identity.model;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * A person's resident identity number (居民身份证号码, GB 11643-1999): address code, birth date, sequence
 * (odd male, even female) and check character.
 *
 * <p>{@link #toString()} masks the birth date and sequence so that logs do not collect full
 * numbers; use {@link #value()} where the number itself is needed.
 */
public record ResidentIdNumber(String value) implements SubjectCode {
  private static final int ADULT_AGE = 18;

  /** Accepts only a normalised, fully verified number; see {@link #parse} for user input. */
  public ResidentIdNumber {
    Objects.requireNonNull(value, "value");
    String problem = ResidentIdFormat.shapeProblem(value);
    if (problem == null) {
      problem = ResidentIdFormat.checkProblem(value);
    }
    if (problem != null) {
      throw new InvalidIdentifierException(CodeText.SUBJECT, problem);
    }
  }

  /** Parses user input: trims, turns full-width into half-width, upper-cases x, then verifies. */
  public static ResidentIdNumber parse(String raw) {
    return new ResidentIdNumber(CodeText.normalise(raw));
  }

  /** Reports what is wrong with user input without throwing. */
  public static CodeInspection inspect(String raw) {
    return ResidentIdFormat.inspect(CodeText.normalise(raw));
  }

  /** The check character for the first 17 digits of a number. */
  public static char checkCharacter(String first17) {
    return ResidentIdFormat.checkCharacter(first17);
  }

  @Override
  public SubjectKind kind() {
    return SubjectKind.PERSON;
  }

  /** The address code of first registration; it may name a region abolished since. */
  @Override
  public RegionCode region() {
    return new RegionCode(value.substring(0, 6));
  }

  public LocalDate birthDate() {
    return ResidentIdFormat.birthDate(value);
  }

  public Sex sex() {
    return Sex.ofSequence(Integer.parseInt(value.substring(14, 17)));
  }

  /** Age in completed years on a day; a day before birth is a caller's bug. */
  public int ageOn(LocalDate day) {
    Objects.requireNonNull(day, "day");
    if (day.isBefore(birthDate())) {
      throw new IllegalArgumentException("day " + day + " is before the birth date");
    }
    return Period.between(birthDate(), day).getYears();
  }

  /** Under 18 on that day: minors are never put on a judgment-defaulter list. */
  public boolean isMinorOn(LocalDate day) {
    return ageOn(day) < ADULT_AGE;
  }

  /** The number with birth date and sequence hidden, e.g. {@code 110105***********X}. */
  public String masked() {
    return value.substring(0, 6) + "*".repeat(11) + value.charAt(17);
  }

  @Override
  public String toString() {
    return masked();
  }
}
