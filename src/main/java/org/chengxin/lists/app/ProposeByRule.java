package org.chengxin.lists.app;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
      if (types.isEmpty()) {
        continue;
      }
      for (Candidate c : candidates(policy, types, stored)) {
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
   * the list; the basis names the newest such record.
   */
  private List<Candidate> candidates(ListPolicy policy, List<String> types, RecordsStored stored) {
    return db.sql(
            """
            select distinct on (r.subject_code) r.subject_code, s.kind, s.birth_date,
                   r.type_code, r.document_no, r.provider_id, r.reference
            from credit_record r
            join subject s on s.code = r.subject_code
            where r.subject_code = any (cast(:subjects as text[]))
              and r.type_code = any (cast(:types as text[]))
              and r.action <> 'REVOKE'
              and not exists (select 1 from credit_record n where n.provider_id = r.provider_id
                              and n.supersedes_reference = r.reference)
              and not exists (select 1 from list_entry e where e.list_id = :list
                              and e.subject_code = r.subject_code
                              and e.state in ('PROPOSED', 'NOTIFIED', 'ACTIVE'))
            order by r.subject_code, r.event_date desc, r.id desc
            """)
        .param("subjects", PgArrays.literal(stored.subjects()))
        .param("types", PgArrays.literal(types))
        .param("list", policy.id())
        .query((rs, n) ->
            new Candidate(
                rs.getString("subject_code"),
                rs.getString("kind"),
                rs.getObject("birth_date", LocalDate.class),
                rs.getString("type_code")
                    + " record "
                    + rs.getString("reference")
                    + " from "
                    + rs.getString("provider_id")
                    + " (document "
                    + rs.getString("document_no")
                    + ")"))
        .list();
  }
}
