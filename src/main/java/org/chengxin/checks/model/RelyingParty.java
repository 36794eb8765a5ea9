package org.chengxin.checks.model;

import java.util.Set;
import java.util.regex.Pattern;

/** An agency or company that checks subjects before acting, for its registered purposes only. */
public record RelyingParty(
    String id, String nameZh, String nameEn, Set<String> purposes, boolean active) {
  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,62}");

  public RelyingParty {
    if (id == null || !ID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          "a relying party id is 2–63 lower-case letters, digits and hyphens");
    }
    if (nameZh == null || nameZh.isBlank() || nameEn == null || nameEn.isBlank()) {
      throw new IllegalArgumentException("relying party " + id + " needs names in both languages");
    }
    purposes = Set.copyOf(purposes);
    if (purposes.isEmpty()) {
      throw new IllegalArgumentException("relying party " + id + " needs at least one purpose");
    }
  }
}
