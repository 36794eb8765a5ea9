package org.chengxin.checks.model;

import java.util.Objects;
import org.chengxin.catalog.model.CreditDomain;

/**
 * One joint reward or penalty (from the joint reward and punishment memoranda): the purpose of the
 * relying party that applies it, its legal basis, its trigger and its effect.
 *
 * @param purpose the relying-party purpose it belongs to (e.g. {@code air-travel}); a relying party
 *     sees only its purposes' measures
 * @param alsoOnRepresentatives for an organisation, the measure falls on its legal representative,
 *     principal, responsible person and actual controller too
 */
public record Measure(
    String code,
    String nameZh,
    String nameEn,
    Kind kind,
    String purpose,
    CreditDomain domain,
    String legalBasis,
    Trigger trigger,
    Effect effect,
    boolean alsoOnRepresentatives) {

  /**
   * A reward for trustworthiness, a penalty for dishonesty, or the baseline treatment of subjects
   * rated neither up nor down (customs' regular inspection rate), stated so the others compare.
   */
  public enum Kind {
    REWARD,
    PENALTY,
    BASELINE
  }

  public Measure {
    require(code, "code");
    require(nameZh, "nameZh");
    require(nameEn, "nameEn");
    Objects.requireNonNull(kind, () -> "measure " + code + ": kind");
    require(purpose, "purpose");
    Objects.requireNonNull(domain, () -> "measure " + code + ": domain");
    require(legalBasis, "legalBasis");
    Objects.requireNonNull(trigger, () -> "measure " + code + ": trigger");
    Objects.requireNonNull(effect, () -> "measure " + code + ": effect");
    if (kind != Kind.PENALTY && effect instanceof Effect.Restriction) {
      throw new IllegalArgumentException(
          "measure " + code + ": a reward does not restrict, nor does the baseline");
    }
  }

  static void require(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("a measure needs " + field);
    }
  }
}
