package org.chengxin.identity.app;

import org.chengxin.identity.model.NameRomaniser;
import org.chengxin.identity.model.SubjectKind;
import org.chengxin.identity.pinyin.IcuPinyin;
import org.springframework.stereotype.Component;

/**
 * Pinyin for a subject's name: persons' names read with surname rules (单 → shan), organisations'
 * names as ordinary text.
 */
@Component
public class SubjectPinyin {
  private final NameRomaniser persons = IcuPinyin.forPersons();
  private final NameRomaniser organisations = IcuPinyin.forOrganisations();

  public String of(SubjectKind kind, String name) {
    if (name == null || name.isEmpty()) {
      return "";
    }
    return (kind == SubjectKind.PERSON ? persons : organisations).pinyin(name);
  }
}
