package org.chengxin.scoring.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One version of a scheme with its status and the dates it was published and retired. Build one
 * with {@link #draft}; only {@link SchemeLifecycle} moves it on.
 *
 * @param publishedOn set once published (and kept when retired); null for a draft
 * @param retiredOn set once retired; null before
 */
public record SchemeVersion(
    Scheme scheme, SchemeStatus status, LocalDate publishedOn, LocalDate retiredOn) {

  public SchemeVersion {
    Objects.requireNonNull(scheme, "scheme");
    Objects.requireNonNull(status, "status");
    boolean datesFit =
        switch (status) {
          case DRAFT -> publishedOn == null && retiredOn == null;
          case PUBLISHED -> publishedOn != null && retiredOn == null;
          case RETIRED -> retiredOn != null;
        };
    if (!datesFit) {
      throw new IllegalArgumentException(
          "scheme " + scheme.id() + " v" + scheme.version() + ": dates do not fit " + status);
    }
  }

  public static SchemeVersion draft(Scheme scheme) {
    return new SchemeVersion(scheme, SchemeStatus.DRAFT, null, null);
  }

  String label() {
    return "scheme " + scheme.id() + " v" + scheme.version();
  }
}
