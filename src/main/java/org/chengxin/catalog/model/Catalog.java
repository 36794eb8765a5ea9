package org.chengxin.catalog.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A published version of the catalog: an immutable set of record types indexed by code. Every way
 * of making one runs {@link CatalogPolicy#standard()}, so no refused type can be in a catalog.
 */
public final class Catalog {

  private static final CatalogPolicy POLICY = CatalogPolicy.standard();

  private final int version;
  private final Map<String, RecordType> byCode;
  private final List<RecordType> all;

  private Catalog(int version, Map<String, RecordType> byCode) {
    this.version = version;
    this.byCode = Collections.unmodifiableMap(byCode);
    this.all = List.copyOf(byCode.values());
  }

  /**
   * @throws CatalogRefusedException listing every violation and every repeated code
   */
  public static Catalog of(int version, Collection<RecordType> types) {
    if (version < 1) {
      throw new IllegalArgumentException("catalog version must be 1 or more, not " + version);
    }
    Map<String, RecordType> byCode = new TreeMap<>();
    List<CatalogViolation> violations = new ArrayList<>();
    for (RecordType type : types) {
      if (byCode.putIfAbsent(type.code(), type) != null) {
        violations.add(
            CatalogPolicy.violation("catalog/duplicate-code", "code", type, "appears twice"));
      }
      violations.addAll(POLICY.check(type));
    }
    if (!violations.isEmpty()) {
      throw new CatalogRefusedException(violations);
    }
    return new Catalog(version, byCode);
  }

  public int version() {
    return version;
  }

  public Optional<RecordType> find(String code) {
    return Optional.ofNullable(byCode.get(code));
  }

  /** Every type, ordered by code. */
  public List<RecordType> all() {
    return all;
  }

  /** The next version with one more type; refuses a code already present. */
  public Catalog with(RecordType added) {
    List<RecordType> types = new ArrayList<>(all);
    types.add(added);
    return of(version + 1, types);
  }

  /**
   * The next version with the type of the same code replaced.
   *
   * @throws NoSuchElementException if the catalog has no type with that code
   */
  public Catalog replacing(RecordType replacement) {
    if (!byCode.containsKey(replacement.code())) {
      throw new NoSuchElementException("no record type '" + replacement.code() + "' to replace");
    }
    Map<String, RecordType> types = new TreeMap<>(byCode);
    types.put(replacement.code(), replacement);
    return of(version + 1, types.values());
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Catalog that && version == that.version && all.equals(that.all);
  }

  @Override
  public int hashCode() {
    return 31 * version + all.hashCode();
  }

  @Override
  public String toString() {
    return "Catalog v" + version + " " + byCode.keySet();
  }
}
