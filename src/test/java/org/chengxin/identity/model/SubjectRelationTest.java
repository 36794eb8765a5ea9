package org.chengxin.identity.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SubjectRelationTest {
  private static final UnifiedSocialCreditCode COMPANY =
      UnifiedSocialCreditCode.parse("91310115MA1K3BTP2B");
  private static final ResidentIdNumber PERSON = ResidentIdNumber.parse("360426199101010071");
  private static final LocalDate START = LocalDate.of(2020, 3, 1);

  @Test
  void anOpenRelationIsActiveFromItsFirstDayOn() {
    SubjectRelation relation =
        SubjectRelation.from(COMPANY, PERSON, RelationRole.LEGAL_REPRESENTATIVE, START);

    assertThat(relation.activeOn(START.minusDays(1))).isFalse();
    assertThat(relation.activeOn(START)).isTrue();
    assertThat(relation.activeOn(LocalDate.of(2099, 1, 1))).isTrue();
  }

  @Test
  void anEndedRelationIsActiveUpToAndIncludingItsLastDay() {
    SubjectRelation relation =
        SubjectRelation.from(COMPANY, PERSON, RelationRole.ACTUAL_CONTROLLER, START)
            .endedOn(LocalDate.of(2021, 6, 30));

    assertThat(relation.activeOn(LocalDate.of(2021, 6, 30))).isTrue();
    assertThat(relation.activeOn(LocalDate.of(2021, 7, 1))).isFalse();
  }

  @Test
  void aRelationCannotEndBeforeItStarts() {
    assertThatThrownBy(() ->
            new SubjectRelation(COMPANY, PERSON, RelationRole.PRINCIPAL, START, START.minusDays(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("before it starts");
  }

  @Test
  void rolesCarryTheirLegalNames() {
    assertThat(RelationRole.LEGAL_REPRESENTATIVE.labelZh()).isEqualTo("法定代表人");
    assertThat(RelationRole.PRINCIPAL.labelZh()).isEqualTo("主要负责人");
    assertThat(RelationRole.RESPONSIBLE_PERSON.labelZh()).isEqualTo("直接责任人");
    assertThat(RelationRole.ACTUAL_CONTROLLER.labelZh()).isEqualTo("实际控制人");
  }
}
