package org.chengxin.identity.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One administrative division with its names.
 *
 * @param province the province-level name, e.g. 广东省 or 北京市
 * @param name the division's own name; for a province row the province again
 * @param prefectureName the prefecture-level city above a county; empty for province and prefecture
 *     rows and where the level is only a placeholder such as 市辖区
 */
public record Region(
    RegionCode code, String province, String name, Optional<String> prefectureName) {

  public Region {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(province, "province");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(prefectureName, "prefectureName");
  }

  /** A region whose prefecture may be unknown ({@code null}). */
  public Region(RegionCode code, String province, String name, String prefectureNameOrNull) {
    this(code, province, name, Optional.ofNullable(prefectureNameOrNull));
  }

  /** The 北京市 朝阳区 style description: province, prefecture if any, then the name. */
  public String describe() {
    StringBuilder text = new StringBuilder(province);
    prefectureName.ifPresent(prefecture -> text.append(' ').append(prefecture));
    if (!name.equals(province) && !RegionNames.isPlaceholder(name)) {
      text.append(' ').append(name);
    }
    return text.toString();
  }

  /** A province row ({@code NN0000}). */
  public boolean isProvince() {
    return code.value().endsWith("0000");
  }

  /** A prefecture-level row ({@code NNPP00}, not a province). */
  public boolean isPrefecture() {
    return code.value().endsWith("00") && !isProvince();
  }

  /** A county-level division a person can live in: not a province, prefecture or placeholder. */
  public boolean isCounty() {
    return !code.value().endsWith("00") && !RegionNames.isPlaceholder(name);
  }
}
