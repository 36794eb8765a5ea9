package org.chengxin.catalog.model;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;

/**
 * Converts raw attribute values, as they come from JSON or CSV, to one canonical Java type per
 * kind: TEXT and ENUM to String, INTEGER to Long, DECIMAL to BigDecimal, DATE to LocalDate, BOOLEAN
 * to Boolean. Returns null instead of throwing when a value is of the wrong kind, because this runs
 * for every record ingested and wrong values are ordinary input.
 */
final class AttributeValues {

  private static final double LARGEST_EXACT_DOUBLE = 0x1p53;
  private static final int LONGEST_DECIMAL = 60;

  private AttributeValues() {}

  static Object canonical(AttributeKind kind, Object raw) {
    return switch (kind) {
      case TEXT, ENUM -> raw instanceof String s ? s : null;
      case INTEGER -> integer(raw);
      case DECIMAL -> decimal(raw);
      case DATE -> raw instanceof String s ? date(s) : raw instanceof LocalDate d ? d : null;
      case BOOLEAN -> bool(raw);
    };
  }

  private static Long integer(Object raw) {
    return switch (raw) {
      case Integer i -> (long) i;
      case Long l -> l;
      case Short s -> (long) s;
      case Byte b -> (long) b;
      case BigInteger b -> b.bitLength() < Long.SIZE ? b.longValue() : null;
      case BigDecimal d -> integralDecimal(d);
      case Double d -> integralDouble(d);
      case Float f -> integralDouble(f.doubleValue());
      case String s -> isInteger(s) ? Long.parseLong(s) : null;
      default -> null;
    };
  }

  private static BigDecimal decimal(Object raw) {
    return switch (raw) {
      case BigDecimal d -> d;
      case Integer i -> BigDecimal.valueOf(i);
      case Long l -> BigDecimal.valueOf(l);
      case Short s -> BigDecimal.valueOf(s);
      case Byte b -> BigDecimal.valueOf(b);
      case BigInteger b -> new BigDecimal(b);
      case Double d -> Double.isFinite(d) ? BigDecimal.valueOf(d) : null;
      case Float f -> Float.isFinite(f) ? new BigDecimal(Float.toString(f)) : null;
      case String s -> isDecimal(s) ? new BigDecimal(s) : null;
      default -> null;
    };
  }

  private static Boolean bool(Object raw) {
    return switch (raw) {
      case Boolean b -> b;
      case String s when s.equals("true") -> Boolean.TRUE;
      case String s when s.equals("false") -> Boolean.FALSE;
      default -> null;
    };
  }

  private static Long integralDouble(double d) {
    boolean exact = Double.isFinite(d) && d == Math.rint(d) && Math.abs(d) <= LARGEST_EXACT_DOUBLE;
    return exact ? (long) d : null;
  }

  private static Long integralDecimal(BigDecimal d) {
    if (d.signum() == 0) {
      return 0L;
    }
    BigDecimal whole = d.stripTrailingZeros();
    boolean fits = whole.scale() <= 0 && whole.precision() - whole.scale() <= 18;
    return fits ? whole.longValue() : null;
  }

  /** Optional sign and 1 to 18 digits, so {@link Long#parseLong} cannot fail. */
  private static boolean isInteger(String s) {
    int start = s.startsWith("-") || s.startsWith("+") ? 1 : 0;
    return s.length() > start && s.length() - start <= 18 && digitsOnly(s, start, s.length());
  }

  /** Optional sign, digits, optional point and digits; no exponent, nothing else. */
  private static boolean isDecimal(String s) {
    if (s.length() > LONGEST_DECIMAL) {
      return false;
    }
    int start = s.startsWith("-") || s.startsWith("+") ? 1 : 0;
    int point = s.indexOf('.');
    if (point < 0) {
      return s.length() > start && digitsOnly(s, start, s.length());
    }
    return point > start
        && point < s.length() - 1
        && digitsOnly(s, start, point)
        && digitsOnly(s, point + 1, s.length());
  }

  /** Strict ISO {@code yyyy-MM-dd} that names a real day. */
  private static LocalDate date(String s) {
    if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
      return null;
    }
    if (!digitsOnly(s, 0, 4) || !digitsOnly(s, 5, 7) || !digitsOnly(s, 8, 10)) {
      return null;
    }
    int year = Integer.parseInt(s, 0, 4, 10);
    int month = Integer.parseInt(s, 5, 7, 10);
    int day = Integer.parseInt(s, 8, 10, 10);
    if (year < 1 || month < 1 || month > 12 || day < 1) {
      return null;
    }
    return day <= Month.of(month).length(Year.isLeap(year)) ? LocalDate.of(year, month, day) : null;
  }

  private static boolean digitsOnly(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
