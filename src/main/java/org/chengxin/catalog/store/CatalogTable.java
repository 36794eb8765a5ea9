package org.chengxin.catalog.store;

import java.util.ArrayList;
import java.util.List;
import org.chengxin.catalog.model.Catalog;
import org.chengxin.catalog.model.RecordType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * The catalog in PostgreSQL: each change is a new revision of one type, tagged with the catalog
 * version it produced; the current catalog is the latest revision of every type.
 */
@Repository
public class CatalogTable {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private final JdbcClient db;

  public CatalogTable(JdbcClient db) {
    this.db = db;
  }

  public boolean isEmpty() {
    return db.sql("select count(*) from catalog_type").query(Long.class).single() == 0;
  }

  /** The current catalog, built from the latest revision of each type. */
  public Catalog load() {
    List<RecordType> types = new ArrayList<>();
    db.sql(
            """
            select distinct on (code) definition::text from catalog_type
            order by code, revision desc
            """)
        .query(String.class)
        .list()
        .forEach(json -> types.add(RecordTypeMapping.fromTree(JSON.readTree(json), 0)));
    int version =
        db.sql("select coalesce(max(catalog_version), 0) from catalog_type")
            .query(Integer.class)
            .single();
    return Catalog.of(version, types);
  }

  /** Appends a revision of {@code type} as part of catalog {@code version}. */
  public void append(RecordType type, int version, String changedBy, String reason) {
    db.sql(
            """
            insert into catalog_type (code, revision, catalog_version, definition, changed_by, reason)
            select :code, coalesce(max(revision), 0) + 1, :version, cast(:definition as jsonb),
                   :by, :reason
            from catalog_type where code = :code
            """)
        .param("code", type.code())
        .param("version", version)
        .param("definition", RecordTypeMapping.toTree(type).toString())
        .param("by", changedBy)
        .param("reason", reason)
        .update();
  }

  /** Every revision of one type, oldest first: (revision, catalog version, by, at, reason). */
  public List<Revision> history(String code) {
    return db.sql(
            """
            select revision, catalog_version, changed_by, changed_at, reason from catalog_type
            where code = ? order by revision
            """)
        .param(code)
        .query((rs, n) ->
            new Revision(
                rs.getInt(1),
                rs.getInt(2),
                rs.getString(3),
                rs.getTimestamp(4).toInstant().toString(),
                rs.getString(5)))
        .list();
  }

  /** One revision of a type, as history shows it. */
  public record Revision(
      int revision, int catalogVersion, String changedBy, String changedAt, String reason) {}
}
