package org.chengxin.identity.pinyin;

import com.ibm.icu.lang.UScript;
import java.util.HashSet;
import java.util.Set;

/**
 * Sorts the Han characters an ICU rule set reads specially, so that every other character can be
 * romanised on its own and cached.
 *
 * @param contextual characters whose reading depends on a neighbour or that have a rule of their
 *     own everywhere (重 before 庆, 曾 always zeng): a run holding one goes through ICU whole
 * @param leading characters read differently only at the start of a Han run (单 → shan): the surname
 *     reading there, the common reading elsewhere
 */
record ContextualHan(Set<Integer> contextual, Set<Integer> leading) {
  /** ICU's Han-Latin/Names marks the start of a Han run with this noncharacter. */
  private static final String RUN_START = "\uFDD1";

  ContextualHan {
    contextual = Set.copyOf(contextual);
    leading = Set.copyOf(leading);
  }

  /**
   * Reads rules in ICU syntax ({@code Transliterator.toRules}). With {@code contextRulesOnly}, the
   * plain one-character rules that make up a base table are not special and are skipped.
   */
  static ContextualHan of(String rules, boolean contextRulesOnly) {
    Set<Integer> contextual = new HashSet<>();
    Set<Integer> leading = new HashSet<>();
    for (String line : rules.split("\n")) {
      String rule = line.strip();
      int arrow = rule.indexOf('>');
      if (rule.isEmpty() || rule.startsWith("::") || rule.startsWith("#") || arrow < 0) {
        continue;
      }
      String left = unescape(rule.substring(0, arrow).strip());
      int open = left.indexOf('{');
      int close = left.indexOf('}');
      if (open >= 0 && close > open) {
        String key = left.substring(open + 1, close);
        boolean startOnly = left.equals(RUN_START + "{" + key + "}") && han(key).size() == 1;
        (startOnly ? leading : contextual).addAll(han(key));
      } else {
        // A phrase rule (重庆 > chong qing) reads its characters by their neighbours, even in a
        // base table; a one-character rule there is just the common reading.
        Set<Integer> characters = han(left);
        if (!contextRulesOnly || characters.size() > 1) {
          contextual.addAll(characters);
        }
      }
    }
    leading.removeAll(contextual);
    return new ContextualHan(contextual, leading);
  }

  /** Both rule sets together; a character special in either is contextual if either says so. */
  ContextualHan and(ContextualHan other) {
    Set<Integer> allContextual = new HashSet<>(contextual);
    allContextual.addAll(other.contextual);
    Set<Integer> allLeading = new HashSet<>(leading);
    allLeading.addAll(other.leading);
    allLeading.removeAll(allContextual);
    return new ContextualHan(allContextual, allLeading);
  }

  private static Set<Integer> han(String text) {
    Set<Integer> found = new HashSet<>();
    text.codePoints().filter(c -> UScript.getScript(c) == UScript.HAN).forEach(found::add);
    return found;
  }

  /** Resolves ICU's {@code \\uXXXX} and {@code \\UXXXXXXXX} escapes. */
  static String unescape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int digits = c != '\\' || i + 1 >= text.length() ? 0 : escapeDigits(text.charAt(i + 1));
      if (digits > 0 && i + 2 + digits <= text.length()) {
        out.appendCodePoint(Integer.parseInt(text.substring(i + 2, i + 2 + digits), 16));
        i += 1 + digits;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static int escapeDigits(char marker) {
    return marker == 'u' ? 4 : marker == 'U' ? 8 : 0;
  }
}
