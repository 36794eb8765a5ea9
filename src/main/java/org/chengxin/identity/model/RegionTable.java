package org.chengxin.identity.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;

/** Reads the region table and links each county to the prefecture-level city above it. */
final class RegionTable {
  private RegionTable() {}

  /** Regions by code, in code order. */
  static Map<String, Region> read(BufferedReader reader) throws IOException {
    Map<String, String[]> rows = new TreeMap<>();
    String line;
    int number = 0;
    while ((line = reader.readLine()) != null) {
      number++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] fields = line.split("\t", -1);
      if (fields.length != 3 || fields[1].isBlank() || fields[2].isBlank()) {
        throw new IllegalArgumentException(
            "region table line " + number + ": expected code, province and name separated by tabs");
      }
      rows.put(new RegionCode(fields[0]).value(), fields);
    }
    Map<String, Region> regions = new TreeMap<>();
    rows.forEach((code, fields) -> regions.put(code, region(fields, prefectureOf(code, rows))));
    return regions;
  }

  private static Region region(String[] fields, String prefecture) {
    return new Region(new RegionCode(fields[0]), fields[1], fields[2], prefecture);
  }

  /** The named prefecture-level city above a county, or null for none or a placeholder. */
  private static String prefectureOf(String code, Map<String, String[]> rows) {
    if (code.endsWith("00")) {
      return null;
    }
    String[] prefecture = rows.get(code.substring(0, 4) + "00");
    return prefecture == null || RegionNames.isPlaceholder(prefecture[2]) ? null : prefecture[2];
  }
}
