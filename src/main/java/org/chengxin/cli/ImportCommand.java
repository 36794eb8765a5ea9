package org.chengxin.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.chengxin.access.Caller;
import org.chengxin.access.Role;
import org.chengxin.identity.app.ImportRegistry;
import org.chengxin.identity.app.ImportRelations;
import org.chengxin.identity.app.RegistryReport;
import org.chengxin.ingest.app.ImportRecords;
import org.chengxin.ingest.app.ImportReport;
import org.chengxin.ingest.model.ItemError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Imports a provider's record file (CSV or JSON Lines) into the store. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Import a provider's records from a .csv or .jsonl file, idempotent on (provider, reference),",
      "or a subject registry (--registry) or relations (--relations) file.",
      "Without --partial one bad row refuses the whole file; every bad row is reported."
    })
final class ImportCommand implements Callable<Integer> {
  @Option(
      names = "--provider",
      paramLabel = "ID",
      description = "The registered provider the records come from.")
  String provider;

  @Option(
      names = "--registry",
      description =
          "FILE is a subject registry (code,name); bad-check organisation codes are kept, flagged.")
  boolean registry;

  @Option(
      names = "--relations",
      description = "FILE lists relations (organisation,person,role,valid_from,valid_to).")
  boolean relations;

  @Option(names = "--partial", description = "Store the good rows and list the skipped ones.")
  boolean partial;

  @Parameters(paramLabel = "FILE", description = "The .csv or .jsonl file.")
  Path file;

  @Mixin StoreOptions store = new StoreOptions();

  @Override
  public Integer call() {
    int modes = (provider != null ? 1 : 0) + (registry ? 1 : 0) + (relations ? 1 : 0);
    if (modes != 1) {
      throw new IllegalArgumentException(
          "say what FILE holds: --provider ID (records), --registry or --relations");
    }
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("no such file: " + file);
    }
    try (var opened = store.open();
        var context = Spring.batch(opened.springProperties())) {
      ProgressBar bar =
          new ProgressBar(System.err, "importing " + file.getFileName(), Lines.count(file));
      Caller admin = Caller.operator(Role.SYSTEM_ADMIN, null);
      if (registry) {
        RegistryReport r =
            context.getBean(ImportRegistry.class).importSubjects(admin, file, bar::update);
        bar.done();
        return print(r);
      }
      if (relations) {
        RegistryReport r = context.getBean(ImportRelations.class).importRelations(admin, file);
        bar.done();
        return print(r);
      }
      ImportReport r =
          context
              .getBean(ImportRecords.class)
              .importFile(Caller.operator(Role.PROVIDER, provider), file, partial, bar::update);
      bar.done();
      print(r);
      return r.stored() ? 0 : 1;
    }
  }

  private static int print(RegistryReport r) {
    r.errors().forEach(e -> System.err.println("refused " + e));
    System.out.printf(
        "%,d rows: %,d added, %,d updated, %,d kept with a failing check, %,d refused%n",
        r.rows(), r.added(), r.updated(), r.flagged(), r.refused());
    return 0;
  }

  static void print(ImportReport r) {
    for (ItemError e : r.errors()) {
      System.err.println((r.stored() ? "skipped " : "refused ") + e.oneLine());
    }
    if (r.refusedRows() > r.errors().size()) {
      System.err.println("… and " + (r.refusedRows() - r.errors().size()) + " more refused rows");
    }
    if (!r.stored()) {
      System.out.printf(
          "refused: %,d of %,d rows are bad, so nothing was stored"
              + " (use --partial to store the good rows)%n",
          r.refusedRows(), r.rows());
      return;
    }
    System.out.printf(
        "%,d rows: %,d stored, %,d already present (unchanged), %,d skipped"
            + " — %.1f s, %,.0f rows/s%n",
        r.rows(),
        r.created(),
        r.duplicates(),
        r.refusedRows(),
        r.elapsed().toNanos() / 1e9,
        r.recordsPerSecond());
  }
}
