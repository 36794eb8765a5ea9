package org.chengxin.identity.pinyin;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Transliterator;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.chengxin.identity.model.NameRomaniser;

/**
 * Pinyin from ICU's Han-Latin transliterator, in two flavours: {@link #forPersons()} reads the
 * first character of each Han run as a surname (单 → shan, via {@code Han-Latin/Names}); {@link
 * #forOrganisations()} reads every character in its common reading (解放 → jie fang).
 *
 * <p>ICU spends about 40 µs per Han character, so each character is romanised once and cached, and
 * only text holding one of the few characters ICU reads by context (重庆, 长孙, 曾 …) goes through ICU
 * whole (whole text, as ICU's context may reach across a space); a property test holds the result
 * equal to ICU's. Thread-safe: the caches are concurrent and transliterators are pooled.
 */
public final class IcuPinyin implements NameRomaniser {
  private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");
  private static final String TO_ASCII = "; Latin-ASCII; Any-Lower";

  private static final IcuPinyin PERSONS = new IcuPinyin("Han-Latin/Names");
  private static final IcuPinyin ORGANISATIONS = new IcuPinyin("Han-Latin");

  private final TransliteratorPool wholeRuns;
  private final ContextualHan special;

  /** Reading at the start of a run, for the characters whose reading changes there. */
  private final Map<Integer, String> leadingSyllables = new ConcurrentHashMap<>();

  private IcuPinyin(String hanId) {
    this.wholeRuns = new TransliteratorPool(hanId + TO_ASCII);
    ContextualHan base = ContextualHan.of(rulesOf("Han-Latin"), true);
    this.special =
        hanId.equals("Han-Latin") ? base : base.and(ContextualHan.of(rulesOf(hanId), false));
  }

  /** For people: a leading character takes its surname reading. */
  public static IcuPinyin forPersons() {
    return PERSONS;
  }

  /** For organisations and any other text: common readings throughout. */
  public static IcuPinyin forOrganisations() {
    return ORGANISATIONS;
  }

  @Override
  public String pinyin(String text) {
    String source = Normalizer.normalize(text, Normalizer.Form.NFKC);
    if (hasContextual(source)) {
      // ICU's context rules can reach across a space (重 庆 → chong qing): such text goes whole.
      return NOT_ALPHANUMERIC.matcher(wholeRuns.transliterate(source)).replaceAll(" ").strip();
    }
    StringBuilder out = new StringBuilder(source.length() * 4);
    int start = 0;
    while (start < source.length()) {
      boolean han = isHan(source.codePointAt(start));
      int end = start;
      while (end < source.length() && isHan(source.codePointAt(end)) == han) {
        end += Character.charCount(source.codePointAt(end));
      }
      String run = source.substring(start, end);
      out.append(' ').append(han ? hanRun(run) : Shared.otherRun(run));
      start = end;
    }
    return NOT_ALPHANUMERIC.matcher(out).replaceAll(" ").strip();
  }

  private boolean hasContextual(String text) {
    return text.codePoints().anyMatch(special.contextual()::contains);
  }

  private String hanRun(String run) {
    int[] characters = run.codePoints().toArray();
    StringBuilder out = new StringBuilder(characters.length * 6);
    for (int i = 0; i < characters.length; i++) {
      int c = characters[i];
      boolean leading = i == 0 && special.leading().contains(c);
      out.append(' ').append(leading ? leadingSyllable(c) : Shared.syllable(c));
    }
    return out.toString();
  }

  private String leadingSyllable(int c) {
    return leadingSyllables.computeIfAbsent(c, k -> wholeRuns.transliterate(Character.toString(k)));
  }

  private static boolean isHan(int codePoint) {
    return UScript.getScript(codePoint) == UScript.HAN;
  }

  private static String rulesOf(String id) {
    return Transliterator.getInstance(id).toRules(true);
  }

  /** Transliterators and the common-reading cache, shared by both flavours. */
  private static final class Shared {
    static final TransliteratorPool SINGLE = new TransliteratorPool("Han-Latin" + TO_ASCII);
    static final TransliteratorPool LATIN = new TransliteratorPool("Latin-ASCII; Any-Lower");
    static final TransliteratorPool ANY = new TransliteratorPool("Any-Latin" + TO_ASCII);

    /** Common reading of each Han character seen so far; bounded by the size of Unicode's Han. */
    static final Map<Integer, String> SYLLABLES = new ConcurrentHashMap<>();

    static String syllable(int c) {
      return SYLLABLES.computeIfAbsent(c, k -> SINGLE.transliterate(Character.toString(k)));
    }

    /** Text without Han: ASCII as is, Latin folded to ASCII, other scripts through Any-Latin. */
    static String otherRun(String run) {
      if (run.chars().allMatch(c -> c < 0x80)) {
        return run.toLowerCase(Locale.ROOT);
      }
      return run.codePoints().allMatch(Shared::latinOrCommon)
          ? LATIN.transliterate(run)
          : ANY.transliterate(run);
    }

    private static boolean latinOrCommon(int c) {
      int script = UScript.getScript(c);
      return script == UScript.LATIN || script == UScript.COMMON || script == UScript.INHERITED;
    }
  }
}
