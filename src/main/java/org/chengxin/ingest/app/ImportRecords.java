package org.chengxin.ingest.app;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongConsumer;
import org.chengxin.access.Caller;
import org.chengxin.audit.AuditLog;
import org.chengxin.ingest.file.FileRow;
import org.chengxin.ingest.file.SubmissionFile;
import org.chengxin.ingest.model.Checked;
import org.chengxin.ingest.model.ItemError;
import org.chengxin.ingest.model.SubmissionValidator;
import org.chengxin.ingest.model.ValidRecord;
import org.chengxin.platform.db.Transactions;
import org.chengxin.providers.model.Provider;
import org.chengxin.records.model.RecordsStored;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Imports a provider's CSV or JSON Lines file in one transaction, in chunks loaded with COPY.
 * Without {@code partial}, one bad row refuses the whole file (every bad row is still reported);
 * with it, good rows are stored and the skipped ones listed. Idempotent on (provider, reference).
 */
@Service
public class ImportRecords {
  static final int MAX_LISTED_ERRORS = 1000;
  private static final int CHUNK = 20_000;

  private final ProviderContext context;
  private final RecordChunks chunks;
  private final IngestBatches batches;
  private final AuditLog audit;
  private final Transactions transactions;
  private final ApplicationEventPublisher events;

  ImportRecords(
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

  /** Imports {@code file}; {@code progress} hears the number of rows read so far. */
  public ImportReport importFile(Caller caller, Path file, boolean partial, LongConsumer progress) {
    Provider provider = context.providerOf(caller);
    SubmissionValidator validator = context.validatorFor(provider);
    long started = System.nanoTime();
    Run run = new Run(provider, validator, partial, progress);
    transactions.inTransaction(
        "import failed",
        (c, status) -> {
          try (SubmissionFile rows = SubmissionFile.open(file)) {
            run.batchId = batches.open(c, provider.id(), "FILE", file.getFileName().toString());
            run.all(c, rows);
            if (run.refused > 0 && !partial) {
              status.setRollbackOnly();
              run.created = 0;
            } else {
              batches.close(c, run.batchId, run.rows, run.created, run.duplicates, run.refused);
              if (run.created > 0) {
                events.publishEvent(
                    new RecordsStored(
                        run.subjects,
                        run.types,
                        "file import "
                            + run.batchId
                            + " from "
                            + provider.id()
                            + " ("
                            + run.created
                            + " records)"));
              }
            }
          }
          return null;
        });
    boolean stored = run.refused == 0 || partial;
    ImportReport report =
        new ImportReport(
            stored,
            run.rows,
            run.created,
            run.duplicates,
            run.refused,
            List.copyOf(run.listed),
            Duration.ofNanos(System.nanoTime() - started));
    auditImport(caller, provider, file, report, run.unauthorised);
    return report;
  }

  private void auditImport(
      Caller caller, Provider provider, Path file, ImportReport r, long unauthorised) {
    if (unauthorised > 0) {
      audit.refused(
          caller.actor(),
          "import records",
          provider.id(),
          unauthorised
              + " row(s) of "
              + file.getFileName()
              + " outside the provider's authorisation");
    }
    if (r.stored()) {
      audit.ok(
          caller.actor(),
          "import records",
          provider.id(),
          Map.of(
              "file",
              file.getFileName().toString(),
              "rows",
              r.rows(),
              "created",
              r.created(),
              "duplicates",
              r.duplicates(),
              "skipped",
              r.refusedRows()));
    }
  }

  /** The state of one import as it goes through the file. */
  private final class Run {
    final Provider provider;
    final SubmissionValidator validator;
    final boolean partial;
    final LongConsumer progress;
    final List<ItemError> listed = new ArrayList<>();
    final Set<String> subjects = new HashSet<>();
    final Set<String> types = new HashSet<>();
    long batchId;
    long rows;
    long created;
    long duplicates;
    long refused;
    long unauthorised;

    Run(Provider provider, SubmissionValidator validator, boolean partial, LongConsumer progress) {
      this.provider = provider;
      this.validator = validator;
      this.partial = partial;
      this.progress = progress;
    }

    /**
     * Reads and checks chunk n+1 while chunk n is being copied into PostgreSQL on a second thread,
     * so that parsing and the database work side by side. Only the store thread uses the
     * connection; results are merged here, in order.
     */
    void all(Connection c, SubmissionFile file) throws IOException, SQLException {
      ExecutorService store =
          Executors.newSingleThreadExecutor(Thread.ofPlatform().name("import-store").factory());
      Future<ChunkResult> pending = null;
      try {
        List<FileRow> chunk = new ArrayList<>(CHUNK);
        for (FileRow row = file.next(); ; row = file.next()) {
          if (row != null) {
            chunk.add(row);
          }
          if (chunk.size() == CHUNK || (row == null && !chunk.isEmpty())) {
            List<ValidRecord> valid = checkChunk(chunk);
            merge(pending);
            pending =
                refused == 0 || partial
                    ? store.submit(() -> chunks.store(c, provider.id(), batchId, valid, partial))
                    : null;
            chunk = new ArrayList<>(CHUNK);
          }
          if (row == null) {
            break;
          }
        }
        merge(pending);
        pending = null;
      } finally {
        awaitQuietly(pending); // never let the transaction end while the connection is in use
        store.shutdownNow();
      }
    }

    private List<ValidRecord> checkChunk(List<FileRow> chunk) {
      rows += chunk.size();
      List<ValidRecord> valid = new ArrayList<>(chunk.size());
      for (Checked checked : chunk.parallelStream().map(this::check).toList()) {
        switch (checked) {
          case Checked.Valid v -> {
            valid.add(v.record());
            subjects.add(v.record().subject().value());
            types.add(v.record().type());
          }
          case Checked.Invalid i -> refuse(i.errors(), i.unauthorised());
        }
      }
      progress.accept(rows);
      return valid;
    }

    private static void awaitQuietly(Future<ChunkResult> pending) {
      if (pending == null) {
        return;
      }
      try {
        pending.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (ExecutionException ignored) {
        // the first failure is already on its way up
      }
    }

    private void merge(Future<ChunkResult> pending) throws SQLException {
      if (pending == null) {
        return;
      }
      ChunkResult r;
      try {
        r = pending.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("import interrupted; nothing was stored", e);
      } catch (ExecutionException e) {
        if (e.getCause() instanceof SQLException sql) {
          throw sql;
        }
        throw new IllegalStateException("import failed; nothing was stored", e.getCause());
      }
      created += r.created();
      duplicates += r.duplicates().size();
      refuse(r.errors(), false);
    }

    private Checked check(FileRow row) {
      return switch (row) {
        case FileRow.Read r -> validator.check(r.index(), r.submission());
        case FileRow.Unreadable u ->
            new Checked.Invalid(List.of(new ItemError(u.index(), null, "row", u.message())), false);
      };
    }

    private void refuse(List<ItemError> errors, boolean outsideAuthorisation) {
      if (errors.isEmpty()) {
        return;
      }
      long distinctRows = errors.stream().mapToLong(ItemError::index).distinct().count();
      refused += distinctRows;
      unauthorised += outsideAuthorisation ? distinctRows : 0;
      for (ItemError e : errors) {
        if (listed.size() < MAX_LISTED_ERRORS) {
          listed.add(e);
        }
      }
    }
  }
}
