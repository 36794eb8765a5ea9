package org.chengxin.identity.model;

import java.util.Objects;

/**
 * A six-digit administrative division code (行政区划代码, GB/T 2260): two digits of province, two of
 * prefecture, two of county. Schemes apply to regions by code prefix.
 */
public record RegionCode(String value) {

  public RegionCode {
    Objects.requireNonNull(value, "value");
    if (value.length() != 6 || !CodeText.digits(value, 0, 6)) {
      throw new InvalidIdentifierException(
          "region", "a region code has 6 digits, not " + CodeText.quote(value));
    }
  }

  /** The province part, e.g. {@code 11} for Beijing. */
  public String provinceCode() {
    return value.substring(0, 2);
  }

  /** The province and prefecture part, e.g. {@code 4405} for Shantou. */
  public String prefectureCode() {
    return value.substring(0, 4);
  }

  /** True when this region lies inside the area named by a code prefix of 0 to 6 digits. */
  public boolean within(String prefix) {
    Objects.requireNonNull(prefix, "prefix");
    if (prefix.length() > 6 || !CodeText.digits(prefix, 0, prefix.length())) {
      throw new InvalidIdentifierException(
          "region", "a region prefix has 0 to 6 digits, not " + CodeText.quote(prefix));
    }
    return value.startsWith(prefix);
  }

  @Override
  public String toString() {
    return value;
  }
}
