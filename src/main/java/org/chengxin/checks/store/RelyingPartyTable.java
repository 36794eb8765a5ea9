package org.chengxin.checks.store;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.chengxin.checks.model.RelyingParty;
import org.chengxin.platform.db.PgArrays;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Registered relying parties and their purposes. */
@Repository
public class RelyingPartyTable {
  private final JdbcClient db;

  public RelyingPartyTable(JdbcClient db) {
    this.db = db;
  }

  public void save(RelyingParty p) {
    db.sql(
            "insert into relying_party (id, name_zh, name_en, purposes, active)"
                + " values (?, ?, ?, cast(? as text[]), ?) on conflict (id) do update set"
                + " name_zh = excluded.name_zh, name_en = excluded.name_en,"
                + " purposes = excluded.purposes, active = excluded.active")
        .params(p.id(), p.nameZh(), p.nameEn(), PgArrays.literal(p.purposes()), p.active())
        .update();
  }

  public Optional<RelyingParty> find(String id) {
    return db.sql("select * from relying_party where id = ?").param(id).query(this::map).optional();
  }

  public List<RelyingParty> all() {
    return db.sql("select * from relying_party order by id").query(this::map).list();
  }

  private RelyingParty map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    return new RelyingParty(
        rs.getString("id"),
        rs.getString("name_zh"),
        rs.getString("name_en"),
        Set.copyOf(Arrays.asList((String[]) rs.getArray("purposes").getArray())),
        rs.getBoolean("active"));
  }
}
