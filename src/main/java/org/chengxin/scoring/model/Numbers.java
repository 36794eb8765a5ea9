package org.chengxin.scoring.model;

import java.math.BigDecimal;
import java.math.BigInteger;

/** Attribute numbers as exact decimals, whatever {@code Number} type the caller used. */
final class Numbers {

  private Numbers() {}

  static BigDecimal decimal(Number n) {
    return switch (n) {
      case BigDecimal d -> d;
      case BigInteger i -> new BigDecimal(i);
      case Long l -> BigDecimal.valueOf(l);
      case Integer i -> BigDecimal.valueOf(i);
      case Short s -> BigDecimal.valueOf(s);
      case Byte b -> BigDecimal.valueOf(b);
      default -> new BigDecimal(n.toString());
    };
  }
}
