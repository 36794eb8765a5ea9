package org.chengxin.synth;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.chengxin.catalog.model.AttributeSpec;
import org.chengxin.catalog.model.RecordType;

/**
 * Plausible attribute values for a record type, driven by the catalog's schema (so the generator
 * follows the catalog rather than a copy of it), with realistic magnitudes for well-known names.
 */
final class AttributeGen {
  private AttributeGen() {}

  static Map<String, Object> of(
      RecordType type, SplittableRandom rnd, LocalDate eventDate, String caseNumber) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (AttributeSpec spec : type.attributes()) {
      if (!spec.required() && rnd.nextInt(3) == 0) {
        continue;
      }
      values.put(spec.name(), value(spec, rnd, eventDate, caseNumber));
    }
    return values;
  }

  private static Object value(
      AttributeSpec spec, SplittableRandom rnd, LocalDate eventDate, String caseNumber) {
    return switch (spec.kind()) {
      case INTEGER -> integer(spec, rnd);
      case DECIMAL -> decimal(spec, rnd);
      case BOOLEAN -> rnd.nextBoolean();
      case DATE -> eventDate.minusDays(rnd.nextInt(1, 60)).toString();
      case ENUM -> spec.values().get(rnd.nextInt(spec.values().size()));
      case TEXT -> text(spec, caseNumber);
    };
  }

  private static long integer(AttributeSpec spec, SplittableRandom rnd) {
    long value =
        switch (spec.name()) {
          case "hours" -> rnd.nextInt(2, 9);
          case "millilitres" -> 200 + 100L * rnd.nextInt(3);
          case "cycles", "months" -> rnd.nextInt(1, 7);
          case "days_overdue", "overdue_days", "days_late" -> rnd.nextInt(1, 365);
          case "year" -> 2020 + rnd.nextInt(7);
          default -> rnd.nextInt(1, 100);
        };
    return clamp(BigDecimal.valueOf(value), spec).longValue();
  }

  private static BigDecimal decimal(AttributeSpec spec, SplittableRandom rnd) {
    double value =
        switch (spec.name()) {
          case "hours" -> rnd.nextInt(2, 17) / 2.0;
          // Amounts in yuan: log-normal-ish between a few hundred and a few million.
          default -> Math.exp(6 + rnd.nextDouble() * 9);
        };
    BigDecimal d = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    return clamp(d, spec);
  }

  private static BigDecimal clamp(BigDecimal v, AttributeSpec spec) {
    if (spec.min() != null && v.compareTo(spec.min()) < 0) {
      return spec.min();
    }
    if (spec.max() != null && v.compareTo(spec.max()) > 0) {
      return spec.max();
    }
    return v;
  }

  private static String text(AttributeSpec spec, String caseNumber) {
    String t = spec.name().contains("case") || spec.name().contains("number") ? caseNumber : "见决定书";
    return spec.maxLength() != null && t.length() > spec.maxLength()
        ? t.substring(0, spec.maxLength())
        : t;
  }
}
