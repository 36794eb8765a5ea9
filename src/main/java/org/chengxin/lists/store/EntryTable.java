package org.chengxin.lists.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.chengxin.lists.model.EntryChange;
import org.chengxin.lists.model.EntryState;
import org.chengxin.lists.model.ListEntry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * List entries: the current row of each, and its changes appended, never rewritten. A save names
 * the state it expects to replace, so two racing steps cannot both land.
 */
@Repository
public class EntryTable {
  private final JdbcClient db;

  public EntryTable(JdbcClient db) {
    this.db = db;
  }

  /** Whether the subject has an entry on the list that has not ended. */
  public boolean hasOpen(String listId, String subject) {
    return db.sql(
                "select count(*) from list_entry where list_id = ? and subject_code = ?"
                    + " and state in ('PROPOSED', 'NOTIFIED', 'ACTIVE')")
            .params(listId, subject)
            .query(Long.class)
            .single()
        > 0;
  }

  public void insert(ListEntry e) {
    db.sql(
            "insert into list_entry (id, list_id, subject_code, basis, state, notified_on,"
                + " active_from, ends_on) values (?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            e.id(),
            e.listId(),
            e.subject(),
            e.basis(),
            e.state().name(),
            e.notifiedOn(),
            e.activeFrom(),
            e.endsOn())
        .update();
    appendChanges(e, 0);
  }

  /**
   * Stores {@code after}, which grew out of {@code before}.
   *
   * @return false if the entry was no longer in {@code before}'s state (someone else moved it)
   */
  public boolean save(ListEntry before, ListEntry after) {
    int n =
        db.sql(
                "update list_entry set state = ?, notified_on = ?, active_from = ?, ends_on = ?,"
                    + " updated_at = now() where id = ? and state = ? and"
                    + " (select count(*) from list_entry_change where entry_id = ?) = ?")
            .params(
                after.state().name(),
                after.notifiedOn(),
                after.activeFrom(),
                after.endsOn(),
                after.id(),
                before.state().name(),
                after.id(),
                before.history().size())
            .update();
    if (n == 1) {
      appendChanges(after, before.history().size());
    }
    return n == 1;
  }

  public Optional<ListEntry> find(String id) {
    return db.sql("select * from list_entry where id = ?")
        .param(id)
        .query(this::withoutHistory)
        .optional()
        .map(this::withHistory);
  }

  /** A list's entries, newest first, in one state or all. */
  public List<ListEntry> ofList(String listId, EntryState state, int offset, int limit) {
    return db
        .sql(
            "select * from list_entry where list_id = :l"
                + " and (cast(:s as text) is null or state = :s)"
                + " order by updated_at desc, id offset :o limit :n")
        .param("l", listId)
        .param("s", state == null ? null : state.name())
        .param("o", offset)
        .param("n", limit)
        .query(this::withoutHistory)
        .list()
        .stream()
        .map(this::withHistory)
        .toList();
  }

  /** A subject's active entries, without their history (what a check needs). */
  public List<ListEntry> activeOf(String subject) {
    return db.sql("select * from list_entry where subject_code = ? and state = 'ACTIVE'")
        .param(subject)
        .query(this::withoutHistory)
        .list();
  }

  /** Every entry whose state time can change (NOTIFIED, ACTIVE). */
  public List<ListEntry> waiting() {
    return db
        .sql("select * from list_entry where state in ('NOTIFIED', 'ACTIVE') order by id")
        .query(this::withoutHistory)
        .list()
        .stream()
        .map(this::withHistory)
        .toList();
  }

  private void appendChanges(ListEntry e, int from) {
    List<EntryChange> h = e.history();
    for (int i = from; i < h.size(); i++) {
      EntryChange c = h.get(i);
      db.sql(
              "insert into list_entry_change (entry_id, seq, from_state, to_state, on_day, actor,"
                  + " reason) values (?, ?, ?, ?, ?, ?, ?)")
          .params(
              e.id(),
              i,
              c.from() == null ? null : c.from().name(),
              c.to().name(),
              c.on(),
              c.actor(),
              c.reason())
          .update();
    }
  }

  /** A row with a placeholder history; {@link #withHistory} reads the real one. */
  private ListEntry withoutHistory(ResultSet rs, int n) throws SQLException {
    EntryState state = EntryState.valueOf(rs.getString("state"));
    return new ListEntry(
        rs.getString("id"),
        rs.getString("list_id"),
        rs.getString("subject_code"),
        rs.getString("basis"),
        state,
        rs.getObject("notified_on", LocalDate.class),
        rs.getObject("active_from", LocalDate.class),
        rs.getObject("ends_on", LocalDate.class),
        List.of(new EntryChange(null, state, LocalDate.EPOCH, "-", "-")));
  }

  private ListEntry withHistory(ListEntry e) {
    List<EntryChange> history =
        new ArrayList<>(
            db.sql("select * from list_entry_change where entry_id = ? order by seq")
                .param(e.id())
                .query((rs, n) ->
                    new EntryChange(
                        rs.getString("from_state") == null
                            ? null
                            : EntryState.valueOf(rs.getString("from_state")),
                        EntryState.valueOf(rs.getString("to_state")),
                        rs.getObject("on_day", LocalDate.class),
                        rs.getString("actor"),
                        rs.getString("reason")))
                .list());
    return new ListEntry(
        e.id(),
        e.listId(),
        e.subject(),
        e.basis(),
        e.state(),
        e.notifiedOn(),
        e.activeFrom(),
        e.endsOn(),
        history);
  }
}
