package org.chengxin.ingest.model;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes a flat attribute map as canonical JSON: keys sorted, numbers in plain form without
 * trailing zeros, so equal content always gives equal text (and equal content hashes).
 */
public final class CanonicalJson {
  private CanonicalJson() {}

  public static String of(Map<String, Object> attributes) {
    StringBuilder sb = new StringBuilder(64).append('{');
    for (var e : new TreeMap<>(attributes).entrySet()) {
      if (sb.length() > 1) {
        sb.append(',');
      }
      string(sb, e.getKey());
      sb.append(':');
      value(sb, e.getValue());
    }
    return sb.append('}').toString();
  }

  private static void value(StringBuilder sb, Object v) {
    switch (v) {
      case null -> sb.append("null");
      case Boolean b -> sb.append(b);
      case Integer i -> sb.append(i);
      case Long l -> sb.append(l);
      case BigInteger i -> sb.append(i);
      case BigDecimal d -> sb.append(plain(d));
      case Double d -> sb.append(plain(BigDecimal.valueOf(d)));
      case Float f -> sb.append(plain(new BigDecimal(f.toString())));
      case Number n -> sb.append(plain(new BigDecimal(n.toString())));
      default -> string(sb, v.toString());
    }
  }

  private static String plain(BigDecimal d) {
    return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
  }

  static void string(StringBuilder sb, String s) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    sb.append('"');
  }
}
