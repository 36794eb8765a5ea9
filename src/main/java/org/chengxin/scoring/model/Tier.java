package org.chengxin.scoring.model;

/**
 * A rating for scores in {@code [from, below)}; a null {@code from} reaches down to minus infinity,
 * a null {@code below} up to plus infinity. A dimension's tiers, ordered, must cover every score
 * exactly once (the guardrails check it).
 */
public record Tier(String rating, Integer from, Integer below) {

  public Tier {
    if (rating == null || rating.isBlank()) {
      throw new IllegalArgumentException("a tier needs a rating");
    }
    if (from != null && below != null && from >= below) {
      throw new IllegalArgumentException("tier " + rating + ": from must be below 'below'");
    }
  }

  public boolean contains(int score) {
    return (from == null || score >= from) && (below == null || score < below);
  }
}
