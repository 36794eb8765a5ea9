package org.chengxin.scoring.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.chengxin.catalog.model.Catalog;
import org.chengxin.identity.model.SubjectKind;
import org.chengxin.scoring.model.ScoredRecord;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyOut;

/**
 * Streams subjects with their record versions as the engine sees them, grouped by subject, on the
 * caller's connection (inside its transaction, so a job reads one snapshot). Reads only what
 * scoring needs: attributes only of the types a rule reads them from, no legal basis (stored scores
 * keep no explanation), version status from a join with the few correcting versions.
 */
public final class PopulationReader {
  private static final int FETCH = 10_000;

  private final RecordRows rows;

  /**
   * @param attributeTypes the record types whose attributes the schemes read
   */
  public PopulationReader(Catalog catalog, Set<String> attributeTypes) {
    this.rows = new RecordRows(catalog, attributeTypes);
  }

  /** Receives one subject with its record versions (maybe none). */
  @FunctionalInterface
  public interface Handler {
    void subject(String code, SubjectKind kind, String region, List<ScoredRecord> records);
  }

  /**
   * Every subject of these kinds in the region prefix, except those whose code failed its check, in
   * code order. The subjects are read first, then their records come sorted by subject through one
   * COPY (a sort of the records alone is far cheaper than of their join with the subjects) and the
   * two are merged here.
   */
  public void covered(Connection c, Set<SubjectKind> kinds, String regionPrefix, Handler handler)
      throws SQLException {
    String where = coverage(kinds, regionPrefix);
    List<String[]> subjects = new ArrayList<>();
    try (var st = c.createStatement()) {
      st.setFetchSize(FETCH);
      try (ResultSet rs =
          st.executeQuery(
              "select code, kind, region from subject where "
                  + where
                  + " order by code collate \"C\"")) {
        while (rs.next()) {
          subjects.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
        }
      }
    }
    CopyOut copy =
        c.unwrap(PGConnection.class)
            .getCopyAPI()
            .copyOut(
                "copy (select r.subject_code, r.id, r.type_code, r.action, r.event_date,"
                    + " case when r.type_code in ("
                    + rows.attributeTypesList()
                    + ") then r.attributes::text end, n.action"
                    + " from credit_record r"
                    + " left join (select provider_id, supersedes_reference, action"
                    + "   from credit_record where supersedes_reference is not null) n"
                    + "  on n.provider_id = r.provider_id and n.supersedes_reference = r.reference"
                    + " where r.subject_code in (select code from subject where "
                    + where
                    + ") order by r.subject_code collate \"C\") to stdout");
    try {
      new Merge(subjects, handler).run(copy);
    } finally {
      if (copy.isActive()) {
        copy.cancelCopy();
      }
    }
  }

  /** Walks the sorted subjects and the sorted record rows side by side. */
  private final class Merge {
    private final List<String[]> subjects;
    private final Handler handler;
    private final CopyFields fields = new CopyFields();
    private int next;
    private String[] current;
    private List<ScoredRecord> records = new ArrayList<>();

    Merge(List<String[]> subjects, Handler handler) {
      this.subjects = subjects;
      this.handler = handler;
    }

    void run(CopyOut copy) throws SQLException {
      for (byte[] row = copy.readFromCopy(); row != null; row = copy.readFromCopy()) {
        fields.of(row);
        if (current == null || !fields.is(0, current[0])) {
          moveTo(fields.text(0));
        }
        if (current != null) {
          ScoredRecord r = record(fields);
          if (r != null) {
            records.add(r);
          }
        }
      }
      moveTo(null);
    }

    /** Emits the current subject and every subject without records before {@code code}. */
    private void moveTo(String code) {
      if (current != null) {
        emit(current, records);
        records = new ArrayList<>();
        current = null;
      }
      while (next < subjects.size()
          && (code == null || subjects.get(next)[0].compareTo(code) < 0)) {
        emit(subjects.get(next++), List.of());
      }
      if (code != null && next < subjects.size() && subjects.get(next)[0].equals(code)) {
        current = subjects.get(next++);
      }
    }

    private void emit(String[] subject, List<ScoredRecord> list) {
      handler.subject(subject[0], SubjectKind.valueOf(subject[1]), subject[2], list);
    }
  }

  private ScoredRecord record(CopyFields f) {
    return rows.record(
        f.number(1), f.text(2), f.text(3), f.date(4), f.text(5), f.isNull(6) ? null : f.text(6));
  }

  /** The coverage as SQL; kinds are enum names and the prefix is checked to be digits. */
  static String coverage(Set<SubjectKind> kinds, String regionPrefix) {
    if (!regionPrefix.matches("[0-9]{0,6}") || kinds.isEmpty()) {
      throw new IllegalArgumentException("coverage must be digits and some kinds: " + regionPrefix);
    }
    StringBuilder in = new StringBuilder();
    for (SubjectKind k : kinds) {
      in.append(in.isEmpty() ? "'" : ", '").append(k.name()).append('\'');
    }
    return "kind in (" + in + ") and region like '" + regionPrefix + "%' and not check_failed";
  }

  /** What a scheme covers: subjects of these kinds registered under this region prefix. */
  public record Coverage(Set<SubjectKind> kinds, String regionPrefix) {}

  /**
   * These subjects, as far as one of the coverages includes them (those not registered, or not
   * covered, are left out: an ingest about a subject no scheme rates costs no read).
   */
  public void subjects(
      Connection c, Collection<String> codes, List<Coverage> coverages, Handler handler)
      throws SQLException {
    new SubjectsQuery(rows).subjects(c, codes, coverages, handler);
  }
}
