package org.chengxin.lists.app;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.chengxin.audit.AuditLog;
import org.chengxin.lists.model.Criterion;
import org.chengxin.lists.model.EntryLifecycle;
import org.chengxin.lists.model.EntryOutcome;
import org.chengxin.lists.model.ListEntry;
import org.chengxin.lists.model.ListPolicy;
import org.chengxin.lists.store.EntryTable;
import org.chengxin.platform.db.PgArrays;
import org.chengxin.records.model.RecordsStored;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Proposes entries by rule: when an ingest stores a current record of a type a list names as a
 * criterion, the subject is proposed for that list in the same transaction (unless it has an open
 * entry there, or is a minor where the list excludes minors). A proposal is only a proposal: the
 * deciding authority notifies the subject before anything takes effect.
 */
@Service
public class ProposeByRule {
  /** The actor recorded for entries this rule proposes. */
  public static final String ACTOR = "rule";

  /** Up to this many subjects are looked up by code; more are matched after a read by type. */
  private static final int FEW = 1_000;

  private final ListPolicies policies;
  private final EntryTable entries;
  private final JdbcClient db;
  private final AuditLog audit;
  private final Clock clock;

  public ProposeByRule(
      ListPolicies policies, EntryTable entries, JdbcClient db, AuditLog audit, Clock clock) {
    this.policies = policies;
    this.entries = entries;
    this.db = db;
    this.audit = audit;
    this.clock = clock;
  }

  /** A subject meeting a record criterion, with what met it. */
  private record Candidate(String subject, String kind, LocalDate birthDate, String basis) {}

  @EventListener
  @Order(2)
  public void propose(RecordsStored stored) {
    if (stored.subjects().isEmpty()) {
      return;
    }
    LocalDate today = LocalDate.now(clock);
    for (ListPolicy policy : policies.all()) {
      List<String> types = recordTypes(policy);
      types.retainAll(stored.types());
      if (types.isEmpty()) {
        continue; // most ingests: nothing this list looks at
      }
      for (Candidate c : candidates(policy, types, stored.subjects())) {
        String id = "le-" + UUID.randomUUID();
        LocalDate birth = c.kind().equals("PERSON") ? c.birthDate() : null;
        EntryOutcome o =
            EntryLifecycle.propose(policy, id, c.subject(), birth, c.basis(), today, ACTOR);
        if (o instanceof EntryOutcome.Moved(ListEntry entry)) {
          entries.insert(entry);
          audit.ok(ACTOR, "propose list entry", id, Map.of("list", policy.id()));
        } else if (o instanceof EntryOutcome.Refused r) {
          audit.refused(ACTOR, "propose list entry", policy.id(), r.reason());
        }
      }
    }
  }

  private static List<String> recordTypes(ListPolicy policy) {
    List<String> types = new ArrayList<>();
    for (Criterion c : policy.criteria()) {
      if (c instanceof Criterion.RecordOfType t) {
        types.add(t.recordType());
      }
    }
    return types;
  }

  /**
   * The stored subjects with a current, not revoked record of one of the types and no open entry on
   * the list; the basis names the newest such record. Records of these types are few, so they are
   * read by type and matched to the ingest's subjects here (a query by a long list of subject codes
   * planned badly).
   */
  private List<Candidate> candidates(ListPolicy policy, List<String> types, Set<String> stored) {
    Set<String> open =
        new HashSet<>(
            db.sql(
                    "select subject_code from list_entry where list_id = ?"
                        + " and state in ('PROPOSED', 'NOTIFIED', 'ACTIVE')")
                .param(policy.id())
                .query(String.class)
                .list());
    Map<String, Candidate> newest = new LinkedHashMap<>();
    db.sql(
            """
            select r.subject_code, s.kind, s.birth_date, r.type_code, r.document_no,
                   r.provider_id, r.reference
            from credit_record r
            join subject s on s.code = r.subject_code
            where r.type_code = any (cast(:types as text[]))
              and (cast(:few as text[]) is null or r.subject_code = any (cast(:few as text[])))
              and r.action <> 'REVOKE'
              and not exists (select 1 from credit_record n where n.provider_id = r.provider_id
                              and n.supersedes_reference = r.reference)
            order by r.subject_code, r.event_date desc, r.id desc
            """)
        .param("types", PgArrays.literal(types))
        .param("few", stored.size() <= FEW ? PgArrays.literal(stored) : null)
        .query((java.sql.ResultSet rs) -> {
          String subject = rs.getString("subject_code");
          if (stored.contains(subject) && !open.contains(subject)) {
            newest.putIfAbsent(
                subject,
                new Candidate(
                    subject,
                    rs.getString("kind"),
                    rs.getObject("birth_date", LocalDate.class),
                    rs.getString("type_code")
                        + " record "
                        + rs.getString("reference")
                        + " from "
                        + rs.getString("provider_id")
                        + " (document "
                        + rs.getString("document_no")
                        + ")"));
          }
        });
    return List.copyOf(newest.values());
  }
}
