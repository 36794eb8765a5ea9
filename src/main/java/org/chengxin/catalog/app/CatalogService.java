package org.chengxin.catalog.app;

import java.util.Map;
import org.chengxin.access.Caller;
import org.chengxin.access.Role;
import org.chengxin.audit.AuditLog;
import org.chengxin.catalog.model.Catalog;
import org.chengxin.catalog.model.RecordType;
import org.chengxin.catalog.store.CatalogTable;
import org.chengxin.catalog.store.CatalogYaml;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current catalog, held in memory and replaced whole on each change (readers never see half a
 * change). On an empty store it is seeded from the shipped YAML; a shipped version newer than the
 * stored one adds the types the store lacks.
 */
@Service
public class CatalogService {
  private final CatalogTable table;
  private final AuditLog audit;
  private volatile Catalog current;

  public CatalogService(CatalogTable table, AuditLog audit) {
    this.table = table;
    this.audit = audit;
    this.current = seed();
  }

  public Catalog current() {
    return current;
  }

  /** A policy administrator adds a type; the policy refuses prohibited or baseless ones. */
  @Transactional
  public synchronized RecordType add(Caller caller, RecordType type, String reason) {
    caller.require("change the catalog", Role.POLICY_ADMIN);
    Catalog next = current.with(type); // throws CatalogRefusedException with every violation
    table.append(type, next.version(), caller.actor(), reason);
    audit.ok(caller.actor(), "add record type", type.code(), Map.of("version", next.version()));
    current = next;
    return type;
  }

  /** A policy administrator revises a type; the old revision stays in the history. */
  @Transactional
  public synchronized RecordType revise(Caller caller, RecordType type, String reason) {
    caller.require("change the catalog", Role.POLICY_ADMIN);
    Catalog next = current.replacing(type);
    table.append(type, next.version(), caller.actor(), reason);
    audit.ok(caller.actor(), "revise record type", type.code(), Map.of("version", next.version()));
    current = next;
    return type;
  }

  private Catalog seed() {
    Catalog shipped = CatalogYaml.readDefault();
    if (table.isEmpty()) {
      shipped
          .all()
          .forEach(t ->
              table.append(
                  t,
                  shipped.version(),
                  "shipped catalog",
                  "default catalog v" + shipped.version()));
      return shipped;
    }
    Catalog stored = table.load();
    if (shipped.version() > stored.version()) {
      for (RecordType t : shipped.all()) {
        if (stored.find(t.code()).isEmpty()) {
          table.append(t, shipped.version(), "shipped catalog", "added in v" + shipped.version());
        }
      }
      return table.load();
    }
    return stored;
  }
}
