package org.chengxin.identity.pinyin;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The per-character cache must give exactly what ICU gives for the whole text. */
class IcuPinyinProperties {
  private static final String COMMON = "张王李赵刘陈杨黄周吴明华国强伟芳丽军北京上海科技有限公司集团银行";

  private static final ThreadLocal<Transliterator> PERSONS =
      ThreadLocal.withInitial(
          () -> Transliterator.getInstance("Han-Latin/Names; Latin-ASCII; Any-Lower"));
  private static final ThreadLocal<Transliterator> ORGANISATIONS =
      ThreadLocal.withInitial(
          () -> Transliterator.getInstance("Han-Latin; Latin-ASCII; Any-Lower"));

  @Property(tries = 1000)
  void personNamesMatchIcuOnTheWholeText(@ForAll("names") String name) {
    assertThat(IcuPinyin.forPersons().pinyin(name)).isEqualTo(tokens(PERSONS.get(), name));
  }

  @Property(tries = 1000)
  void organisationNamesMatchIcuOnTheWholeText(@ForAll("names") String name) {
    assertThat(IcuPinyin.forOrganisations().pinyin(name))
        .isEqualTo(tokens(ORGANISATIONS.get(), name));
  }

  @Provide
  Arbitrary<String> names() {
    List<Integer> characters = new ArrayList<>(COMMON.codePoints().boxed().toList());
    characters.addAll(List.of((int) ' ', (int) ' ', (int) 'a'));
    characters.addAll(hanIn(Transliterator.getInstance("Han-Latin/Names").toRules(true)));
    for (String line : Transliterator.getInstance("Han-Latin").toRules(true).split("\n")) {
      if (line.contains("{")) {
        characters.addAll(hanIn(line));
      }
    }
    return Arbitraries.of(characters)
        .list()
        .ofMinSize(1)
        .ofMaxSize(10)
        .map(list -> list.stream().map(Character::toString).collect(Collectors.joining()));
  }

  /** Every Han character a rule text mentions, whatever the rule. */
  private static Set<Integer> hanIn(String rules) {
    return ContextualHan.unescape(rules)
        .codePoints()
        .filter(c -> UScript.getScript(c) == UScript.HAN)
        .boxed()
        .collect(Collectors.toSet());
  }

  private static String tokens(Transliterator icu, String text) {
    return icu.transliterate(text).replaceAll("[^a-z0-9]+", " ").strip();
  }
}
