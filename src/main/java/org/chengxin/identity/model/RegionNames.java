package org.chengxin.identity.model;

import java.util.Set;

/** Names in the division table that fill a level without naming a place. */
final class RegionNames {
  // 市辖区 "districts under the city", 县 "counties", 省直辖县级行政单位 "directly administered".
  private static final Set<String> PLACEHOLDERS = Set.of("市辖区", "县");

  private RegionNames() {}

  static boolean isPlaceholder(String name) {
    return PLACEHOLDERS.contains(name) || name.endsWith("直辖县级行政单位") || name.endsWith("直辖行政单位");
  }
}
