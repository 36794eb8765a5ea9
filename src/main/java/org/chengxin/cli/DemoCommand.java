package org.chengxin.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.chengxin.access.ApiKeys;
import org.chengxin.access.Caller;
import org.chengxin.access.IssuedKey;
import org.chengxin.access.Role;
import org.chengxin.catalog.store.CatalogYaml;
import org.chengxin.checks.app.RegisterRelyingParty;
import org.chengxin.checks.model.RelyingParty;
import org.chengxin.identity.app.ImportRegistry;
import org.chengxin.identity.app.ImportRelations;
import org.chengxin.ingest.app.ImportRecords;
import org.chengxin.ingest.app.ImportReport;
import org.chengxin.providers.app.RegisterProvider;
import org.chengxin.providers.model.Provider;
import org.chengxin.synth.CityGenerator;
import org.chengxin.synth.CityPlan;
import org.chengxin.synth.CityProviders;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Starts the platform on a synthetic city: generates and loads it on first start (with progress
 * bars), issues fresh sample keys, prints what to open, and serves until stopped.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = "Serve a synthetic city (generated and loaded on first start) on --port.")
final class DemoCommand implements Callable<Integer> {
  private static final String DEMO_LABEL = "demo";

  @Option(
      names = "--port",
      defaultValue = "8080",
      description = "HTTP port (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = "--persons",
      defaultValue = "100000",
      description = "Persons (default: ${DEFAULT-VALUE}).")
  int persons;

  @Option(
      names = "--enterprises",
      defaultValue = "10000",
      description = "Enterprises (default: ${DEFAULT-VALUE}).")
  int enterprises;

  @Option(
      names = "--seed",
      defaultValue = "20261122",
      description = "Seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Mixin StoreOptions store = new StoreOptions();

  @Override
  public Integer call() throws InterruptedException {
    long t0 = System.nanoTime();
    CityPlan plan =
        new CityPlan(persons, enterprises, 5, seed, CityPlan.WEIHAI, CityPlan.DEFAULT_UNTIL);
    StoreOptions.Opened opened = store.open();
    Map<String, Object> props = opened.springProperties();
    props.put("server.port", port);
    System.out.println("Starting Chengxin (store: " + describe(opened) + ") …");
    ConfigurableApplicationContext context = Spring.web(props);
    JdbcClient db = context.getBean(JdbcClient.class);
    boolean loaded =
        db.sql("select count(*) from demo_city where seed = ?")
                .param(seed)
                .query(Long.class)
                .single()
            > 0;
    if (!loaded) {
      load(context, plan, db);
    }
    String sample =
        db.sql(
                "select code from subject where kind = 'PERSON' and region like ? and not"
                    + " check_failed order by code limit 1")
            .param(plan.prefecture() + "%")
            .query(String.class)
            .single();
    printWelcome(
        issueKeys(context, plan),
        relyingPartyKeys(context),
        sample,
        (System.nanoTime() - t0) / 1e9);
    Thread.currentThread().join(); // serve until the process is stopped
    return 0;
  }

  private void load(ConfigurableApplicationContext context, CityPlan plan, JdbcClient db) {
    Path city =
        Path.of("city", "seed-" + plan.seed() + "-" + plan.persons() + "-" + plan.enterprises());
    System.out.printf(
        "Generating a synthetic city of %,d persons and %,d enterprises …%n",
        plan.persons(), plan.enterprises());
    var manifest = new CityGenerator(plan, CatalogYaml.readDefault()).write(city);
    Caller admin = Caller.operator(Role.SYSTEM_ADMIN, null);
    for (Provider p : CityProviders.of(plan.prefecture())) {
      context.getBean(RegisterProvider.class).register(admin, p);
    }
    ProgressBar subjects = new ProgressBar(System.out, "subject registry", manifest.subjects());
    context
        .getBean(ImportRegistry.class)
        .importSubjects(admin, city.resolve("subjects.csv"), subjects::update);
    subjects.done();
    context.getBean(ImportRelations.class).importRelations(admin, city.resolve("relations.csv"));
    ProgressBar records = new ProgressBar(System.out, "provider records", manifest.records());
    long before = 0;
    for (Path file : recordFiles(city)) {
      String provider = file.getFileName().toString().replace(".csv", "");
      long offset = before;
      ImportReport r =
          context
              .getBean(ImportRecords.class)
              .importFile(
                  Caller.operator(Role.PROVIDER, provider),
                  file,
                  false,
                  n -> records.update(offset + n));
      if (!r.stored()) {
        throw new IllegalStateException(
            "the demo city's file " + file + " was refused: " + r.errors().get(0).oneLine());
      }
      before += r.rows();
    }
    records.done();
    db.sql("insert into demo_city (seed, persons, enterprises, records) values (?, ?, ?, ?)")
        .params(plan.seed(), plan.persons(), plan.enterprises(), manifest.records())
        .update();
  }

  private static List<Path> recordFiles(Path city) {
    try (Stream<Path> files = Files.list(city.resolve("records"))) {
      return files.filter(f -> f.toString().endsWith(".csv")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<IssuedKey> issueKeys(ConfigurableApplicationContext context, CityPlan plan) {
    ApiKeys keys = context.getBean(ApiKeys.class);
    keys.revokeLabelled(DEMO_LABEL);
    List<IssuedKey> issued = new java.util.ArrayList<>();
    issued.add(keys.issue(Role.SYSTEM_ADMIN, null, DEMO_LABEL));
    issued.add(keys.issue(Role.POLICY_ADMIN, null, DEMO_LABEL));
    for (Provider p : CityProviders.of(plan.prefecture())) {
      issued.add(keys.issue(Role.PROVIDER, p.id(), DEMO_LABEL));
    }
    return issued;
  }

  /** Two sample relying parties (an airline, customs) with a fresh key each, by party id. */
  private static java.util.Map<String, IssuedKey> relyingPartyKeys(
      ConfigurableApplicationContext context) {
    Caller admin = Caller.operator(Role.SYSTEM_ADMIN, null);
    RegisterRelyingParty register = context.getBean(RegisterRelyingParty.class);
    register.register(
        admin,
        new RelyingParty(
            "demo-airline",
            "示例航空公司",
            "Demo airline",
            java.util.Set.of("air-travel", "rail-travel", "hospitality"),
            true));
    register.register(
        admin,
        new RelyingParty(
            "demo-customs",
            "示例海关",
            "Demo customs office",
            java.util.Set.of("customs-inspection"),
            true));
    ApiKeys keys = context.getBean(ApiKeys.class);
    java.util.Map<String, IssuedKey> out = new java.util.LinkedHashMap<>();
    for (String id : List.of("demo-airline", "demo-customs")) {
      out.put(id, keys.issueForRelyingParty(id, DEMO_LABEL));
    }
    return out;
  }

  private void printWelcome(
      List<IssuedKey> keys,
      java.util.Map<String, IssuedKey> parties,
      String sample,
      double seconds) {
    String base = "http://localhost:" + port;
    String bank =
        keys.stream()
            .filter(k -> k.providerId() != null && k.providerId().endsWith("-bank"))
            .findFirst()
            .orElseThrow()
            .token();
    StringBuilder sb = new StringBuilder();
    sb.append(String.format("%nChengxin demo is serving %s (ready in %.0f s)%n%n", base, seconds));
    sb.append("  health     ").append(base).append("/health\n");
    sb.append("  metrics    ").append(base).append("/metrics\n");
    sb.append("  API spec   ").append(base).append("/api/openapi.json\n");
    sb.append("  catalog    ").append(base).append("/api/v1/catalog\n\n");
    sb.append("Sample API keys (new each start; send as 'Authorization: Bearer <key>'):\n");
    for (IssuedKey k : keys) {
      sb.append(
          String.format(
              "  %-22s %s%n",
              k.providerId() != null ? k.providerId() : k.role().name().toLowerCase(), k.token()));
    }
    parties.forEach(
        (id, k) -> sb.append(String.format("  %-22s %s%n", id + " (checks)", k.token())));
    sb.append("\nTry:\n");
    sb.append("  curl -s ").append(base).append("/api/v1/catalog/types/loan-default\n");
    sb.append("  curl -s ").append(base).append("/api/v1/measures?purpose=air-travel\n");
    sb.append("  curl -s -X POST -H 'Authorization: Bearer ")
        .append(parties.get("demo-airline").token())
        .append("' -H 'Content-Type: application/json' ")
        .append(base)
        .append("/api/v1/checks -d '{\"subject\":\"")
        .append(sample)
        .append("\",\"purpose\":\"air-travel\"}'\n");
    sb.append("  curl -s -H 'Authorization: Bearer ")
        .append(bank)
        .append("' ")
        .append(base)
        .append("/api/v1/subjects/")
        .append(sample)
        .append("/scores\n");
    sb.append("  curl -s -H 'Authorization: Bearer ")
        .append(bank)
        .append("' '")
        .append(base)
        .append("/api/v1/subjects?region=371082&size=5'\n");
    sb.append("  curl -s -H 'Authorization: Bearer ")
        .append(bank)
        .append("' ")
        .append(base)
        .append("/api/v1/subjects/")
        .append(sample)
        .append("/records\n");
    sb.append("  curl -s -X POST -H 'Authorization: Bearer ")
        .append(bank)
        .append("' -H 'Content-Type: application/json' ")
        .append(base)
        .append("/api/v1/records \\\n")
        .append("    -d '{\"reference\":\"demo-1\",\"subject\":\"")
        .append(sample)
        .append("\",")
        .append("\"type\":\"loan-repaid\",\"eventDate\":\"2026-11-01\",")
        .append("\"documentNo\":\"WHB-2026-1\",\"attributes\":{\"amount\":5000}}'\n");
    sb.append("\nStop with Ctrl-C; data stays in the store for the next start.\n");
    System.out.print(sb);
  }

  private static String describe(StoreOptions.Opened opened) {
    return opened.embedded() != null
        ? "embedded PostgreSQL in " + opened.embedded().dataDir()
        : opened.jdbcUrl().replaceAll("password=[^&]*", "password=…");
  }
}
