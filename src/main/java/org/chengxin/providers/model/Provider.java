package org.chengxin.providers.model;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A registered provider and what it is authorised for: a set of record types and a set of
 * administrative-division prefixes (an empty prefix means nationwide).
 */
public record Provider(
    String id,
    String nameZh,
    String nameEn,
    ProviderKind kind,
    Set<String> recordTypes,
    List<String> regions,
    boolean active) {
  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,62}");
  private static final Pattern PREFIX = Pattern.compile("\\d{0,6}");

  public Provider {
    if (id == null || !ID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          "provider id must be 2–63 lower-case letters, digits or hyphens: " + id);
    }
    if (nameZh == null || nameZh.isBlank() || nameEn == null || nameEn.isBlank()) {
      throw new IllegalArgumentException("provider " + id + " needs a Chinese and an English name");
    }
    recordTypes = Set.copyOf(recordTypes);
    regions = List.copyOf(regions);
    if (recordTypes.isEmpty()) {
      throw new IllegalArgumentException(
          "provider " + id + " must be authorised for a record type");
    }
    if (regions.isEmpty() || !regions.stream().allMatch(r -> PREFIX.matcher(r).matches())) {
      throw new IllegalArgumentException(
          "provider " + id + " needs regions as administrative-division prefixes of 0–6 digits");
    }
  }

  /**
   * Whether this provider may submit a record of {@code typeCode} about a subject in {@code
   * region}.
   */
  public Authorisation authorise(String typeCode, String region) {
    if (!active) {
      return new Authorisation.Refused("provider " + id + " is deactivated");
    }
    if (!recordTypes.contains(typeCode)) {
      return new Authorisation.Refused(
          "provider " + id + " is not authorised for record type " + typeCode);
    }
    for (String prefix : regions) {
      if (region.startsWith(prefix)) {
        return new Authorisation.Allowed();
      }
    }
    return new Authorisation.Refused(
        "provider " + id + " is not authorised for subjects in region " + region);
  }
}
