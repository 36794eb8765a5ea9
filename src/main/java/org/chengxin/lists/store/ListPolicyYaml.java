package org.chengxin.lists.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.chengxin.catalog.model.CreditDomain;
import org.chengxin.lists.model.Criterion;
import org.chengxin.lists.model.ListKind;
import org.chengxin.lists.model.ListPolicy;
import org.chengxin.providers.model.ProviderKind;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads the list policy file strictly: unknown fields, missing required ones, a criterion in no
 * form or in two, and repeated list ids are refused with the list named.
 */
public final class ListPolicyYaml {
  /** The policies shipped with the platform. */
  public static final String DEFAULT_RESOURCE = "/lists/list-policies.yaml";

  private static final YAMLMapper MAPPER =
      YAMLMapper.builder()
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .build();

  private ListPolicyYaml() {}

  /** The file as written; earliestRemoval may be left out, every other field is required. */
  record File(int version, List<Entry> lists) {}

  record Entry(
      String id,
      ListKind kind,
      String nameZh,
      String nameEn,
      String legalBasis,
      String authority,
      Set<ProviderKind> deciders,
      Set<CreditDomain> domains,
      List<CriterionEntry> criteria,
      Period noticePeriod,
      Period objectionWindow,
      Boolean activateAtOnce,
      Period duration,
      Period maxExtension,
      Period earliestRemoval,
      List<String> removalConditions,
      Boolean published,
      Boolean minorsExcluded) {}

  record CriterionEntry(
      String recordType,
      String scheme,
      String dimension,
      List<String> ratings,
      Integer negativeRecords,
      Period within) {}

  /**
   * @throws IllegalArgumentException naming the list and the problem
   */
  public static List<ListPolicy> read(InputStream in) {
    File file;
    try {
      file = MAPPER.readValue(in, File.class);
    } catch (JacksonException e) {
      throw new IllegalArgumentException(
          "list policies: " + e.getOriginalMessage().lines().findFirst().orElse(""), e);
    }
    if (file == null || file.lists() == null || file.lists().isEmpty()) {
      throw new IllegalArgumentException("list policies: no lists");
    }
    List<ListPolicy> out = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (Entry e : file.lists()) {
      ListPolicy p = policy(e);
      if (!ids.add(p.id())) {
        throw new IllegalArgumentException("list policies: list '" + p.id() + "' repeats");
      }
      out.add(p);
    }
    return List.copyOf(out);
  }

  public static List<ListPolicy> readDefault() {
    try (InputStream in = ListPolicyYaml.class.getResourceAsStream(DEFAULT_RESOURCE)) {
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ListPolicy policy(Entry e) {
    try {
      List<Criterion> criteria = new ArrayList<>();
      for (CriterionEntry c : e.criteria() == null ? List.<CriterionEntry>of() : e.criteria()) {
        criteria.add(criterion(c));
      }
      return new ListPolicy(
          e.id(),
          e.kind(),
          e.nameZh(),
          e.nameEn(),
          e.legalBasis(),
          e.authority(),
          e.deciders() == null ? Set.of() : e.deciders(),
          e.domains() == null ? Set.of() : e.domains(),
          criteria,
          e.noticePeriod(),
          e.objectionWindow(),
          required(e.activateAtOnce(), "activateAtOnce"),
          e.duration(),
          e.maxExtension(),
          e.earliestRemoval(),
          e.removalConditions() == null ? List.of() : e.removalConditions(),
          required(e.published(), "published"),
          required(e.minorsExcluded(), "minorsExcluded"));
    } catch (RuntimeException ex) {
      throw new IllegalArgumentException("list '" + e.id() + "': " + ex.getMessage(), ex);
    }
  }

  private static boolean required(Boolean value, String field) {
    if (value == null) {
      throw new IllegalArgumentException(field + " is required (true or false)");
    }
    return value;
  }

  private static Criterion criterion(CriterionEntry c) {
    int forms =
        (c.recordType() != null ? 1 : 0)
            + (c.scheme() != null ? 1 : 0)
            + (c.negativeRecords() != null ? 1 : 0);
    if (forms != 1) {
      throw new IllegalArgumentException(
          "a criterion is exactly one of recordType, scheme (with dimension and ratings) or"
              + " negativeRecords (with within)");
    }
    if (c.recordType() != null) {
      return new Criterion.RecordOfType(c.recordType());
    }
    if (c.scheme() != null) {
      return new Criterion.Rating(
          c.scheme(), c.dimension(), Set.copyOf(c.ratings() == null ? List.of() : c.ratings()));
    }
    return new Criterion.NegativeRecords(c.negativeRecords(), c.within());
  }
}
