package org.chengxin.ingest.app;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.chengxin.access.Caller;
import org.chengxin.audit.AuditLog;
import org.chengxin.ingest.app.IngestOutcome.Accepted;
import org.chengxin.ingest.app.IngestOutcome.Reason;
import org.chengxin.ingest.app.IngestOutcome.Refused;
import org.chengxin.ingest.model.Checked;
import org.chengxin.ingest.model.ItemError;
import org.chengxin.ingest.model.Submission;
import org.chengxin.ingest.model.SubmissionValidator;
import org.chengxin.ingest.model.ValidRecord;
import org.chengxin.platform.db.Transactions;
import org.chengxin.providers.model.Provider;
import org.chengxin.records.model.RecordsStored;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionStatus;

/**
 * A provider submits a batch of up to {@value #MAX_BATCH} records over HTTP: all or nothing, with
 * every refused item named. Returns only after the batch is committed to disk.
 */
@Service
public class SubmitRecords {
  public static final int MAX_BATCH = 10_000;

  private final ProviderContext context;
  private final RecordChunks chunks;
  private final IngestBatches batches;
  private final AuditLog audit;
  private final Transactions transactions;
  private final ApplicationEventPublisher events;

  SubmitRecords(
      ProviderContext context,
      RecordChunks chunks,
      IngestBatches batches,
      AuditLog audit,
      Transactions transactions,
      ApplicationEventPublisher events) {
    this.context = context;
    this.chunks = chunks;
    this.batches = batches;
    this.audit = audit;
    this.transactions = transactions;
    this.events = events;
  }

  public IngestOutcome submit(Caller caller, List<Submission> items) {
    Provider provider = context.providerOf(caller);
    SubmissionValidator validator = context.validatorFor(provider);
    List<Checked> checked =
        IntStream.range(0, items.size())
            .parallel()
            .mapToObj(i -> validator.check(i + 1, items.get(i)))
            .toList();
    List<ItemError> unauthorised = new ArrayList<>();
    List<ItemError> invalid = new ArrayList<>();
    List<ValidRecord> valid = new ArrayList<>(items.size());
    for (Checked c : checked) {
      switch (c) {
        case Checked.Valid v -> valid.add(v.record());
        case Checked.Invalid i -> (i.unauthorised() ? unauthorised : invalid).addAll(i.errors());
      }
    }
    if (!unauthorised.isEmpty()) {
      audit.refused(
          caller.actor(),
          "submit records",
          provider.id(),
          unauthorised.size()
              + " item(s) outside the provider's authorisation, first: "
              + unauthorised.get(0).oneLine());
      return new Refused(Reason.UNAUTHORISED, unauthorised);
    }
    if (!invalid.isEmpty()) {
      return new Refused(Reason.INVALID, invalid);
    }
    IngestOutcome outcome =
        transactions.inTransaction(
            "storing the batch failed", (c, status) -> store(c, provider, valid, status));
    if (outcome instanceof Accepted a) {
      audit.ok(
          caller.actor(),
          "submit records",
          provider.id(),
          Map.of(
              "batch", a.batchId(), "created", a.created(), "duplicates", a.duplicates().size()));
    }
    return outcome;
  }

  private IngestOutcome store(
      Connection c, Provider provider, List<ValidRecord> valid, TransactionStatus status)
      throws SQLException {
    long batchId = batches.open(c, provider.id(), "HTTP", null);
    ChunkResult r = chunks.store(c, provider.id(), batchId, valid, false);
    if (!r.errors().isEmpty()) {
      status.setRollbackOnly();
      boolean conflict = r.errors().stream().allMatch(e -> e.field().equals("reference"));
      return new Refused(conflict ? Reason.CONFLICT : Reason.INVALID, r.errors());
    }
    batches.close(c, batchId, valid.size(), r.created(), r.duplicates().size(), 0);
    if (r.created() > 0) {
      events.publishEvent(
          new RecordsStored(
              valid.stream().map(v -> v.subject().value()).collect(Collectors.toSet()),
              valid.stream().map(ValidRecord::type).collect(Collectors.toSet()),
              "batch " + batchId + " from " + provider.id() + " (" + r.created() + " records)"));
    }
    return new Accepted(batchId, valid.size(), r.created(), r.duplicates());
  }
}
