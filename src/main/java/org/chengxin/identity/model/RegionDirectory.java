package org.chengxin.identity.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The administrative divisions in use (GB/T 2260), read from a tab-separated table of code,
 * province name and name; the bundled table is {@code identity/regions.tsv}.
 */
public final class RegionDirectory {
  private static final String BUNDLED = "/identity/regions.tsv";

  private final Map<String, Region> byCode;

  private RegionDirectory(Map<String, Region> byCode) {
    this.byCode = Collections.unmodifiableMap(byCode);
  }

  /** Reads a table; lines starting with {@code #} and blank lines are skipped. */
  public static RegionDirectory parse(Reader reader) {
    try {
      return new RegionDirectory(RegionTable.read(new BufferedReader(reader)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the region table", e);
    }
  }

  /** The table shipped with the platform, read once. */
  public static RegionDirectory bundled() {
    return Bundled.INSTANCE;
  }

  public Optional<Region> find(RegionCode code) {
    return Optional.ofNullable(byCode.get(code.value()));
  }

  /** County-level divisions inside a code prefix of 0 to 6 digits, in code order. */
  public List<Region> counties(String prefix) {
    List<Region> counties = new ArrayList<>();
    for (Region region : byCode.values()) {
      if (region.code().within(prefix) && region.isCounty()) {
        counties.add(region);
      }
    }
    return List.copyOf(counties);
  }

  /**
   * Names a code for people, e.g. {@code 北京市 朝阳区}. A code no longer in use (common in old identity
   * numbers) is described by its prefecture or province, else as an unknown region.
   */
  public String describe(RegionCode code) {
    for (String candidate :
        List.of(code.value(), code.prefectureCode() + "00", code.provinceCode() + "0000")) {
      Region region = byCode.get(candidate);
      if (region != null) {
        return region.describe();
      }
    }
    return "unknown region " + code.value();
  }

  public int size() {
    return byCode.size();
  }

  private static final class Bundled {
    static final RegionDirectory INSTANCE = load();

    private static RegionDirectory load() {
      InputStream in = RegionDirectory.class.getResourceAsStream(BUNDLED);
      if (in == null) {
        throw new IllegalStateException("region table " + BUNDLED + " is missing");
      }
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        return parse(reader);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + BUNDLED, e);
      }
    }
  }
}
