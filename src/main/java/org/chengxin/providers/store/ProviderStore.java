package org.chengxin.providers.store;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.chengxin.platform.db.PgArrays;
import org.chengxin.providers.model.Provider;
import org.chengxin.providers.model.ProviderKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Providers in PostgreSQL. */
@Repository
public class ProviderStore {
  private final JdbcClient db;

  public ProviderStore(JdbcClient db) {
    this.db = db;
  }

  /** Registers or updates a provider's names, kind, authorisations and status. */
  public void save(Provider p) {
    db.sql(
            """
            insert into provider (id, name_zh, name_en, kind, record_types, regions, active)
            values (:id, :zh, :en, :kind, cast(:types as text[]), cast(:regions as text[]), :active)
            on conflict (id) do update set name_zh = excluded.name_zh, name_en = excluded.name_en,
              kind = excluded.kind, record_types = excluded.record_types,
              regions = excluded.regions, active = excluded.active
            """)
        .param("id", p.id())
        .param("zh", p.nameZh())
        .param("en", p.nameEn())
        .param("kind", p.kind().name())
        .param("types", PgArrays.literal(p.recordTypes().stream().sorted().toList()))
        .param("regions", PgArrays.literal(p.regions()))
        .param("active", p.active())
        .update();
  }

  public Optional<Provider> find(String id) {
    return db.sql("select * from provider where id = ?").param(id).query(this::map).optional();
  }

  public List<Provider> all() {
    return db.sql("select * from provider order by id").query(this::map).list();
  }

  private Provider map(ResultSet rs, int row) throws SQLException {
    return new Provider(
        rs.getString("id"),
        rs.getString("name_zh"),
        rs.getString("name_en"),
        ProviderKind.valueOf(rs.getString("kind")),
        new HashSet<>(Arrays.asList(strings(rs.getArray("record_types")))),
        List.of(strings(rs.getArray("regions"))),
        rs.getBoolean("active"));
  }

  private static String[] strings(Array array) throws SQLException {
    return (String[]) array.getArray();
  }
}
