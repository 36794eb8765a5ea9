package org.chengxin.checks.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.chengxin.catalog.model.CreditDomain;
import org.chengxin.checks.model.DomainPair;
import org.chengxin.checks.model.Effect;
import org.chengxin.checks.model.Measure;
import org.chengxin.checks.model.Trigger;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads the measures file strictly: unknown fields are refused, and each measure needs exactly one
 * trigger and one effect; errors name the measure.
 */
public final class MeasureYaml {
  /** The measures shipped with the platform. */
  public static final String DEFAULT_RESOURCE = "/checks/measures.yaml";

  private static final YAMLMapper MAPPER =
      YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  private MeasureYaml() {}

  /** The measures and the explicit domain exceptions, as read. */
  public record Measures(List<Measure> measures, Set<DomainPair> allowedCrossDomain) {
    public Measures {
      measures = List.copyOf(measures);
      allowedCrossDomain = Set.copyOf(allowedCrossDomain);
    }
  }

  record File(Integer version, List<Pair> allowedCrossDomain, List<Entry> measures) {}

  record Pair(CreditDomain trigger, CreditDomain measure) {}

  record Entry(
      String code,
      String nameZh,
      String nameEn,
      Measure.Kind kind,
      String purpose,
      CreditDomain domain,
      String legalBasis,
      String onList,
      String recordType,
      RatingEntry rating,
      String effect,
      RateEntry rate,
      Boolean alsoOnRepresentatives) {}

  record RatingEntry(String scheme, String dimension, List<String> ratings) {}

  record RateEntry(String parameter, Double percent) {}

  /**
   * @throws IllegalArgumentException naming the measure and the problem
   */
  public static Measures read(InputStream in) {
    File file;
    try {
      file = MAPPER.readValue(in, File.class);
    } catch (JacksonException e) {
      throw new IllegalArgumentException(
          "measures: " + e.getOriginalMessage().lines().findFirst().orElse(""), e);
    }
    if (file == null || file.measures() == null || file.measures().isEmpty()) {
      throw new IllegalArgumentException("measures: none");
    }
    Set<DomainPair> pairs = new HashSet<>();
    for (Pair p : file.allowedCrossDomain() == null ? List.<Pair>of() : file.allowedCrossDomain()) {
      pairs.add(new DomainPair(p.trigger(), p.measure()));
    }
    List<Measure> measures = new ArrayList<>();
    for (Entry e : file.measures()) {
      try {
        measures.add(measure(e));
      } catch (RuntimeException ex) {
        throw new IllegalArgumentException("measure '" + e.code() + "': " + ex.getMessage(), ex);
      }
    }
    return new Measures(measures, pairs);
  }

  public static Measures readDefault() {
    try (InputStream in = MeasureYaml.class.getResourceAsStream(DEFAULT_RESOURCE)) {
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Measure measure(Entry e) {
    if (e.alsoOnRepresentatives() == null) {
      throw new IllegalArgumentException("alsoOnRepresentatives is required (true or false)");
    }
    return new Measure(
        e.code(),
        e.nameZh(),
        e.nameEn(),
        e.kind(),
        e.purpose(),
        e.domain(),
        e.legalBasis(),
        trigger(e),
        effect(e),
        e.alsoOnRepresentatives());
  }

  private static Trigger trigger(Entry e) {
    int n =
        (e.onList() != null ? 1 : 0)
            + (e.recordType() != null ? 1 : 0)
            + (e.rating() != null ? 1 : 0);
    if (n != 1) {
      throw new IllegalArgumentException("give exactly one trigger: onList, recordType or rating");
    }
    if (e.onList() != null) {
      return new Trigger.OnList(e.onList());
    }
    if (e.recordType() != null) {
      return new Trigger.RecordOfType(e.recordType());
    }
    RatingEntry r = e.rating();
    return new Trigger.Rating(
        r.scheme(), r.dimension(), Set.copyOf(r.ratings() == null ? List.of() : r.ratings()));
  }

  private static Effect effect(Entry e) {
    if ((e.effect() != null) == (e.rate() != null)) {
      throw new IllegalArgumentException("give exactly one effect: effect or rate");
    }
    if (e.rate() != null) {
      if (e.rate().percent() == null) {
        throw new IllegalArgumentException("a rate needs its percent");
      }
      return new Effect.Rate(e.rate().parameter(), e.rate().percent());
    }
    return switch (e.effect()) {
      case "restriction" -> new Effect.Restriction();
      case "benefit" -> new Effect.Benefit();
      default ->
          throw new IllegalArgumentException(
              "effect '" + e.effect() + "' is neither restriction nor benefit (or give a rate)");
    };
  }
}
