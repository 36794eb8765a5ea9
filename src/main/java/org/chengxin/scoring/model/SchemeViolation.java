package org.chengxin.scoring.model;

import java.util.Objects;

/**
 * One way a scheme breaks the national policy.
 *
 * @param guardrail the stable id of the guardrail broken (see {@link Guardrail}), e.g. {@code
 *     cross-domain}
 * @param ruleId the rule at fault, or null when the scheme as a whole is (tiers, dimensions)
 * @param message one sentence naming the rule and the guardrail, for people
 */
public record SchemeViolation(String guardrail, String ruleId, String message) {

  public SchemeViolation {
    Objects.requireNonNull(guardrail, "guardrail");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return message;
  }
}
