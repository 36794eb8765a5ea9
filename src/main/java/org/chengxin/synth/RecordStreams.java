package org.chengxin.synth;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.chengxin.catalog.model.Catalog;
import org.chengxin.catalog.model.RecordType;
import org.chengxin.ingest.model.CanonicalJson;

/**
 * Draws each subject's events from {@link Rates} (Poisson counts over the window, uniform dates)
 * and writes them to the providers' files, now and then followed by a correction or revocation.
 */
final class RecordStreams {
  private final CityPlan plan;
  private final Catalog catalog;
  private final RecordFiles files;
  private final long days;

  RecordStreams(CityPlan plan, Catalog catalog, RecordFiles files) {
    this.plan = plan;
    this.catalog = catalog;
    this.files = files;
    this.days = ChronoUnit.DAYS.between(plan.from(), plan.until()) + 1;
  }

  private record Event(Rates.Stream stream, RecordType type, LocalDate date) {}

  void generate(SynthSubject s) {
    if (s.checkFailed()) {
      return;
    }
    SplittableRandom rnd = new SplittableRandom(plan.seed() ^ s.code().hashCode() * 31L);
    List<Event> events = new ArrayList<>();
    for (Rates.Stream stream : Rates.ALL) {
      if (stream.kind() != s.kind()) {
        continue;
      }
      RecordType type = catalog.find(stream.type()).orElse(null);
      if (type == null || !type.appliesTo(s.kind())) {
        continue;
      }
      double lambda = stream.perYear() * plan.years() * (stream.negative() ? s.risk() : 1.0);
      for (int n = poisson(rnd, lambda); n > 0; n--) {
        LocalDate date = plan.from().plusDays(rnd.nextLong(days));
        if (!s.minorOn(date)) {
          events.add(new Event(stream, type, date));
        }
      }
    }
    events.sort(Comparator.comparing(Event::date));
    for (Event e : events) {
      write(s, e, rnd);
    }
  }

  private void write(SynthSubject s, Event e, SplittableRandom rnd) {
    String provider = files.providerId(e.stream().provider());
    long seq = files.next(provider);
    String reference =
        String.format(Locale.ROOT, "%s-%d-%07d", e.stream().provider(), e.date().getYear(), seq);
    String document = document(e.stream().provider(), e.date(), seq);
    Map<String, Object> attributes = AttributeGen.of(e.type(), rnd, e.date(), document);
    row(provider, reference, s, e, document, attributes, "", "");
    if (!e.stream().negative()) {
      return;
    }
    int follow = rnd.nextInt(1000);
    if (follow < 5) {
      row(provider, reference + "-c1", s, e, document, corrected(attributes), "CORRECT", reference);
    } else if (follow < 8) {
      row(provider, reference + "-r1", s, e, document, attributes, "REVOKE", reference);
    }
  }

  private void row(
      String provider,
      String reference,
      SynthSubject s,
      Event e,
      String document,
      Map<String, Object> attributes,
      String action,
      String supersedes) {
    files.write(
        provider,
        reference,
        s.code(),
        s.name(),
        e.type().code(),
        e.date().toString(),
        document,
        "",
        CanonicalJson.of(attributes),
        action,
        supersedes);
  }

  /** A correction: the amount was mis-keyed (or, lacking one, the record is re-issued as is). */
  private static Map<String, Object> corrected(Map<String, Object> attributes) {
    Map<String, Object> c = new LinkedHashMap<>(attributes);
    if (c.get("amount") instanceof BigDecimal amount) {
      c.put("amount", amount.divide(BigDecimal.TEN).setScale(2, java.math.RoundingMode.HALF_UP));
    }
    return c;
  }

  private static String document(String provider, LocalDate date, long seq) {
    int y = date.getYear();
    return switch (provider) {
      case "court" -> "（" + y + "）鲁10执" + seq + "号";
      case "tax" -> "威税稽罚〔" + y + "〕" + seq + "号";
      case "amr" -> "威市监罚〔" + y + "〕" + seq + "号";
      case "eeb" -> "威环罚〔" + y + "〕" + seq + "号";
      case "customs" -> "威关缉违字〔" + y + "〕" + seq + "号";
      case "bank" -> String.format(Locale.ROOT, "WHB-%d-%08d", y, seq);
      default -> provider.toUpperCase(Locale.ROOT) + "-" + y + "-" + seq;
    };
  }

  /** Knuth's method: fine for the small means used here. */
  static int poisson(SplittableRandom rnd, double lambda) {
    if (lambda <= 0) {
      return 0;
    }
    double limit = Math.exp(-lambda);
    double p = rnd.nextDouble();
    int k = 0;
    while (p > limit) {
      p *= rnd.nextDouble();
      k++;
    }
    return k;
  }
}
