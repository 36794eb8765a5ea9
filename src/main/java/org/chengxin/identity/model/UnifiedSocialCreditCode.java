package org.chengxin.identity.model;

import java.util.Objects;

/**
 * An organisation's Unified Social Credit Code (统一社会信用代码, GB 32100-2015): authority and type,
 * region, embedded organisation code, check character.
 *
 * <p>Both checks are enforced: the mod-31 check character and the GB 11714 check of the embedded
 * organisation code. The embedded check may reject because every valid example we hold (including
 * {@code 91110000600037341L}, {@code 121200004013590816}, {@code 91310115MA1K3BTP2B} and {@code
 * 91350100M000100Y43}) passes it; were really issued codes found to fail it, {@link #inspect}
 * already reports them apart and the constructor would stop enforcing it.
 */
public record UnifiedSocialCreditCode(String value) implements SubjectCode {

  /** Accepts only a normalised, fully verified code; see {@link #parse} for user input. */
  public UnifiedSocialCreditCode {
    Objects.requireNonNull(value, "value");
    String problem = UsccFormat.shapeProblem(value);
    if (problem == null) {
      problem = UsccFormat.checkProblem(value);
    }
    if (problem != null) {
      throw new InvalidIdentifierException(CodeText.SUBJECT, problem);
    }
  }

  /** Parses user input: trims, turns full-width into half-width, upper-cases, then verifies. */
  public static UnifiedSocialCreditCode parse(String raw) {
    return new UnifiedSocialCreditCode(CodeText.normalise(raw));
  }

  /** Reports what is wrong with user input without throwing. */
  public static CodeInspection inspect(String raw) {
    return UsccFormat.inspect(CodeText.normalise(raw));
  }

  /** The check character for the first 17 characters of a code. */
  public static char checkCharacter(String first17) {
    return UsccFormat.checkCharacter(first17);
  }

  public OrganisationType organisationType() {
    return OrganisationType.decode(value.charAt(0), value.charAt(1));
  }

  @Override
  public SubjectKind kind() {
    return OrganisationType.kindOf(value.charAt(0), value.charAt(1));
  }

  /** The region of the registering authority (characters 3–8). */
  @Override
  public RegionCode region() {
    return new RegionCode(value.substring(2, 8));
  }

  /** The embedded GB 11714 organisation code (characters 9–17), its own check last. */
  public String organisationCode() {
    return value.substring(8, 17);
  }

  /** Always true for a constructed code while the embedded check is enforced (see above). */
  public boolean organisationCodeCheckPasses() {
    return UsccFormat.organisationCheckCharacter(value.substring(8, 16)) == value.charAt(16);
  }

  @Override
  public String toString() {
    return value;
  }
}
