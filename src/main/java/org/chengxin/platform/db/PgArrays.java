package org.chengxin.platform.db;

import java.util.Collection;

/** Writes a PostgreSQL array literal, for binding a text[] as one parameter. */
public final class PgArrays {
  private PgArrays() {}

  public static String literal(Collection<String> values) {
    StringBuilder sb = new StringBuilder("{");
    for (String v : values) {
      if (sb.length() > 1) {
        sb.append(',');
      }
      sb.append('"').append(v.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
    }
    return sb.append('}').toString();
  }
}
