package org.chengxin.identity.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CodeFactoryTest {
  private static final RegionCode CHAOYANG = new RegionCode("110105");

  @Test
  void aSeededGeneratorGivesTheSameCodesAgain() {
    assertThat(organisation(42)).isEqualTo(organisation(42));
    assertThat(organisation(42)).isNotEqualTo(organisation(43));
  }

  @Test
  void anOrganisationCodeHasTheRequestedTypeAndRegion() {
    UnifiedSocialCreditCode code =
        CodeFactory.organisation(new SplittableRandom(1), OrganisationType.FOUNDATION, CHAOYANG);

    assertThat(code.organisationType()).isEqualTo(OrganisationType.FOUNDATION);
    assertThat(code.kind()).isEqualTo(SubjectKind.SOCIAL_ORGANISATION);
    assertThat(code.region()).isEqualTo(CHAOYANG);
    assertThat(code.organisationCodeCheckPasses()).isTrue();
  }

  @Test
  void aPersonsNumberCarriesRegionBirthDateAndSex() {
    LocalDate birth = LocalDate.of(2010, 2, 28);
    ResidentIdNumber id = CodeFactory.person(new SplittableRandom(7), CHAOYANG, birth, Sex.FEMALE);

    assertThat(id.region()).isEqualTo(CHAOYANG);
    assertThat(id.birthDate()).isEqualTo(birth);
    assertThat(id.sex()).isEqualTo(Sex.FEMALE);
    assertThat(id.value().substring(14, 17)).isNotEqualTo("000");
  }

  private static UnifiedSocialCreditCode organisation(long seed) {
    return CodeFactory.organisation(
        new SplittableRandom(seed), OrganisationType.ENTERPRISE, CHAOYANG);
  }
}
