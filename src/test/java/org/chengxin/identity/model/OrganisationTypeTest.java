package org.chengxin.identity.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrganisationTypeTest {

  @ParameterizedTest
  @CsvSource({
    "91, ENTERPRISE, ENTERPRISE",
    "92, INDIVIDUAL_BUSINESS, ENTERPRISE",
    "93, FARMERS_COOPERATIVE, ENTERPRISE",
    "51, SOCIAL_GROUP, SOCIAL_ORGANISATION",
    "52, PRIVATE_NON_ENTERPRISE_UNIT, SOCIAL_ORGANISATION",
    "53, FOUNDATION, SOCIAL_ORGANISATION",
    "11, GOVERNMENT_ORGAN, PUBLIC_INSTITUTION",
    "12, PUBLIC_INSTITUTION, PUBLIC_INSTITUTION",
    "Y1, OTHER, ENTERPRISE",
    "99, OTHER, ENTERPRISE",
    "19, OTHER, PUBLIC_INSTITUTION",
    "59, OTHER, SOCIAL_ORGANISATION"
  })
  void theFirstTwoCharactersNameTypeAndKind(String chars, OrganisationType type, SubjectKind kind) {
    assertThat(OrganisationType.decode(chars.charAt(0), chars.charAt(1))).isEqualTo(type);
    assertThat(OrganisationType.kindOf(chars.charAt(0), chars.charAt(1))).isEqualTo(kind);
  }

  @ParameterizedTest
  @CsvSource({"ENTERPRISE, 企业", "FOUNDATION, 基金会", "PUBLIC_INSTITUTION, 事业单位"})
  void everyTypeHasChineseAndEnglishLabels(OrganisationType type, String zh) {
    assertThat(type.labelZh()).isEqualTo(zh);
    assertThat(type.labelEn()).isNotBlank();
  }
}
