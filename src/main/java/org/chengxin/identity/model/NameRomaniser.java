package org.chengxin.identity.model;

/**
 * Writes a name in lower-case ASCII pinyin for search and sorting: one token per syllable or Latin
 * word, separated by single spaces ({@code 张三} → {@code zhang san}); Latin text passes through
 * lower-cased. Implemented outside the model because it needs Unicode data.
 */
@FunctionalInterface
public interface NameRomaniser {

  String pinyin(String text);

  default String pinyin(SubjectName name) {
    return pinyin(name.text());
  }

  /** The first letter of each token: {@code zhang san} → {@code zs}. */
  static String initials(String pinyin) {
    StringBuilder initials = new StringBuilder();
    for (String token : pinyin.strip().split(" +")) {
      if (!token.isEmpty()) {
        initials.append(token.charAt(0));
      }
    }
    return initials.toString();
  }
}
