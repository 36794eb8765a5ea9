package org.chengxin.catalog.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chengxin.catalog.model.RecordTypeBuilder.aType;

import org.junit.jupiter.api.Test;

/** One realistic attempt per prohibited category; each must be refused, naming the category. */
class ProhibitedCategoriesTest {

  private final CatalogPolicy policy = CatalogPolicy.standard();

  @Test
  void churchAttendanceIsRefusedAsReligion() {
    RecordType type = aType("church-attendance").named("Church attendance", "参加教会活动").build();
    assertRefused(type, "religion", "religion or belief", "code");
  }

  @Test
  void ethnicMinorityStatusIsRefusedAsEthnicity() {
    RecordType type = aType("ethnic-minority-status").named("Minority status", "少数民族身份").build();
    assertRefused(type, "ethnicity", "ethnicity", "code");
  }

  @Test
  void partyMembershipIsRefusedAsPoliticalAffiliation() {
    RecordType type = aType("party-membership").named("Party membership", "党员身份").build();
    assertRefused(type, "political-opinion", "political opinion or affiliation", "code");
  }

  @Test
  void familyBackgroundIsRefusedAsPoliticalAffiliation() {
    RecordType type = aType("household-origin").named("Household origin", "家庭出身").build();
    assertRefused(type, "political-opinion", "political opinion or affiliation", "nameZh");
  }

  @Test
  void petitioningRecordedOnlyInChineseIsRefused() {
    RecordType type = aType("visit-record").named("Visit record", "越级上访记录").build();
    assertRefused(type, "petitions-protests", "petitions and protests", "nameZh");
  }

  @Test
  void protestParticipationIsRefused() {
    RecordType type = aType("street-gathering").named("Protest participation", "参与示威").build();
    assertRefused(type, "petitions-protests", "petitions and protests", "nameEn");
  }

  @Test
  void tradeUnionMembershipIsRefused() {
    RecordType type = aType("workplace-organising").named("Trade union membership", "工会会员").build();
    assertRefused(type, "trade-union", "trade-union membership", "nameEn");
  }

  @Test
  void medicalHistoryIsRefusedAsHealthData() {
    RecordType type = aType("medical-history").named("Medical history", "既往病史").build();
    assertRefused(type, "health", "health and medical history", "code");
  }

  @Test
  void dnaProfileIsRefusedAsGeneticData() {
    RecordType type = aType("dna-profile").named("DNA profile", "DNA档案").build();
    assertRefused(type, "genetic", "genetic data", "code");
  }

  @Test
  void faceTemplateIsRefusedAsBiometricData() {
    RecordType type = aType("face-template").named("Face template", "人脸模板").build();
    assertRefused(type, "biometric", "biometric data", "code");
  }

  @Test
  void sexualOrientationIsRefused() {
    RecordType type = aType("personal-profile").named("Personal profile", "性取向登记").build();
    assertRefused(type, "sexual-life", "sexual life or orientation", "nameZh");
  }

  @Test
  void gpsTraceIsRefusedAsLocationTrace() {
    RecordType type = aType("gps-trace").named("Movement record", "出行轨迹").build();
    assertRefused(type, "location-traces", "location traces", "code");
  }

  @Test
  void chatLogsAreRefusedAsPrivateCommunications() {
    RecordType type = aType("message-review").named("Chat log review", "聊天记录审查").build();
    assertRefused(type, "private-communications", "private communications", "nameEn");
  }

  @Test
  void onlineRemarksAreRefusedAsOnlineSpeech() {
    RecordType type = aType("internet-conduct").named("Internet conduct", "不当网络言论").build();
    assertRefused(type, "online-speech", "online speech", "nameZh");
  }

  @Test
  void aProhibitedAttributeNameOnAnInnocentTypeIsRefused() {
    RecordType type =
        aType("loan-default")
            .attributes(AttributeSpec.of("religion", AttributeKind.TEXT, false))
            .build();
    assertRefused(type, "religion", "religion or belief", "attributes.religion.name");
  }

  @Test
  void aProhibitedEnumValueIsRefused() {
    RecordType type =
        aType("applicant-profile")
            .attributes(AttributeSpec.oneOf("group", false, "han", "uyghur", "tibetan"))
            .build();
    assertRefused(type, "ethnicity", "ethnicity", "attributes.group.values");
  }

  @Test
  void bloodDonationCarryingBloodTypeIsRefusedAsHealthData() {
    RecordType type =
        aType("blood-donation")
            .named("Voluntary blood donation", "无偿献血")
            .positive()
            .attributes(AttributeSpec.oneOf("blood_type", false, "a", "b", "ab", "o"))
            .build();
    assertRefused(type, "health", "health and medical history", "attributes.blood_type.name");
  }

  @Test
  void aProhibitedWordInAnAttributeDescriptionIsRefused() {
    AttributeSpec note =
        new AttributeSpec(
            "note", AttributeKind.TEXT, false, null, null, null, 200, null, "Fingerprint hash");
    RecordType type = aType("site-visit").attributes(note).build();
    assertRefused(type, "biometric", "biometric data", "attributes.note.description");
  }

  private void assertRefused(RecordType type, String id, String label, String field) {
    assertThat(policy.check(type))
        .filteredOn(v -> v.rule().equals("prohibited-category/" + id))
        .singleElement()
        .satisfies(v -> {
          assertThat(v.field()).isEqualTo(field);
          assertThat(v.message())
              .startsWith("record type '" + type.code() + "'")
              .contains("prohibited category '" + label + "'")
              .contains("DESIGN principle 1")
              .contains("in field " + field);
        });
  }
}
