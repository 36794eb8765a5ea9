package org.chengxin.testing;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.chengxin.access.ApiKeys;
import org.chengxin.access.Role;
import org.chengxin.identity.model.CodeFactory;
import org.chengxin.identity.model.OrganisationType;
import org.chengxin.identity.model.RegionCode;
import org.chengxin.identity.model.Sex;
import org.chengxin.providers.model.Provider;
import org.chengxin.providers.model.ProviderKind;
import org.chengxin.providers.store.ProviderStore;

/**
 * Test data built through the real application: providers with keys, valid subject codes and record
 * maps. Every call makes fresh identifiers, so tests sharing one database stay apart.
 */
public final class Fixtures {
  private static final AtomicInteger SEQUENCE = new AtomicInteger();
  private final ProviderStore providers;
  private final ApiKeys keys;
  private final SplittableRandom rnd = new SplittableRandom(SEQUENCE.incrementAndGet() * 7919L);

  public Fixtures(ProviderStore providers, ApiKeys keys) {
    this.providers = providers;
    this.keys = keys;
  }

  /** A bank authorised for loan records in Weihai (3710); returns its id and a fresh key. */
  public ProviderWithKey bank() {
    return provider(
        ProviderKind.BANK,
        Set.of("loan-default", "loan-repaid", "bank-arrears-cycle"),
        List.of("3710"));
  }

  /**
   * A court of Weihai (3710), authorised for unperformed judgments; decides judgment defaulters.
   */
  public ProviderWithKey court() {
    return provider(ProviderKind.COURT, Set.of("court-judgment-unperformed"), List.of("3710"));
  }

  public ProviderWithKey provider(ProviderKind kind, Set<String> types, List<String> regions) {
    String id =
        "test-" + kind.name().toLowerCase().replace('_', '-') + "-" + SEQUENCE.incrementAndGet();
    providers.save(new Provider(id, "测试" + id, "Test " + id, kind, types, regions, true));
    return new ProviderWithKey(id, keys.issue(Role.PROVIDER, id, "test").token());
  }

  public String adminKey(Role role) {
    return keys.issue(role, null, "test").token();
  }

  /** A fresh valid resident ID number of an adult in Rongcheng (371082). */
  public String person() {
    return person("371082");
  }

  /** A fresh valid resident ID number of an adult registered in {@code region}. */
  public String person(String region) {
    LocalDate birth =
        LocalDate.of(1960 + rnd.nextInt(40), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28));
    return CodeFactory.person(rnd, new RegionCode(region), birth, Sex.MALE).value();
  }

  /** A fresh valid Unified Social Credit Code of an enterprise in Rongcheng. */
  public String enterprise() {
    return CodeFactory.organisation(rnd, OrganisationType.ENTERPRISE, new RegionCode("371082"))
        .value();
  }

  /** A valid loan-default submission as the HTTP API takes it. */
  public static Map<String, Object> loanDefault(String reference, String subject) {
    Map<String, Object> r = new HashMap<>();
    r.put("reference", reference);
    r.put("subject", subject);
    r.put("subjectName", "张三");
    r.put("type", "loan-default");
    r.put("eventDate", "2025-03-01");
    r.put("documentNo", "WHB-2025-" + reference);
    r.put("attributes", Map.of("amount", 12000, "overdue_days", 95));
    return r;
  }

  public record ProviderWithKey(String id, String key) {}
}
