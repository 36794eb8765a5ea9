package org.chengxin.scoring.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chengxin.scoring.model.SchemeBuilder.CATALOG;
import static org.chengxin.scoring.model.SchemeBuilder.POLICY;
import static org.chengxin.scoring.model.SchemeBuilder.validScheme;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every status pair, legal or not, plus the conditions on publishing, retiring and revising. */
class SchemeLifecycleTest {

  private static final LocalDate PUBLISHED_ON = LocalDate.of(2026, 6, 1);
  private static final LocalDate EFFECTIVE = LocalDate.of(2026, 7, 1);
  private static final Set<String> LEGAL =
      Set.of("DRAFT>PUBLISHED", "DRAFT>RETIRED", "PUBLISHED>RETIRED");

  static Stream<Arguments> everyPair() {
    return Arrays.stream(SchemeStatus.values())
        .flatMap(from -> Arrays.stream(SchemeStatus.values()).map(to -> Arguments.of(from, to)));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("everyPair")
  void onlyTheLegalMovesSucceed(SchemeStatus from, SchemeStatus to) {
    boolean legal = LEGAL.contains(from + ">" + to);

    Transition outcome =
        SchemeLifecycle.moveTo(versionIn(from), to, PUBLISHED_ON.plusDays(10), CATALOG, POLICY);

    assertThat(SchemeLifecycle.isLegal(from, to)).isEqualTo(legal);
    switch (outcome) {
      case Transition.Done done -> {
        assertThat(legal).as("done although illegal").isTrue();
        assertThat(done.version().status()).isEqualTo(to);
      }
      case Transition.Refused refused -> {
        assertThat(legal).as("refused although legal: " + refused.reason()).isFalse();
        assertThat(refused.reason()).contains("cannot become " + to);
      }
    }
  }

  @Test
  void publishingACleanDraftRecordsThePublicationDate() {
    Transition outcome = SchemeLifecycle.publish(draft(), PUBLISHED_ON, CATALOG, POLICY);

    assertThat(outcome)
        .isEqualTo(
            new Transition.Done(
                new SchemeVersion(
                    validScheme().build(), SchemeStatus.PUBLISHED, PUBLISHED_ON, null)));
  }

  @Test
  void aSchemeMayTakeEffectOnItsPublicationDay() {
    Transition outcome = SchemeLifecycle.publish(draft(), EFFECTIVE, CATALOG, POLICY);

    assertThat(outcome).isInstanceOf(Transition.Done.class);
  }

  @Test
  void aSchemeIsNotEffectiveBeforeItIsPublished() {
    Transition outcome = SchemeLifecycle.publish(draft(), EFFECTIVE.plusDays(1), CATALOG, POLICY);

    assertThat(outcome)
        .isInstanceOfSatisfying(
            Transition.Refused.class,
            refused -> {
              assertThat(refused.reason()).contains("before its publication");
              assertThat(refused.violations()).isEmpty();
            });
  }

  @Test
  void aDraftBreakingGuardrailsIsRefusedWithEveryViolation() {
    SchemeVersion bad =
        SchemeVersion.draft(
            validScheme()
                .withRule("r1", "jaywalking", "social", -10)
                .withRule("r2", "tax-evasion", "social", -10)
                .build());

    Transition outcome = SchemeLifecycle.publish(bad, PUBLISHED_ON, CATALOG, POLICY);

    assertThat(outcome)
        .isInstanceOfSatisfying(
            Transition.Refused.class,
            refused ->
                assertThat(refused.violations())
                    .extracting(SchemeViolation::guardrail)
                    .containsExactly("uncatalogued-type", "cross-domain"));
  }

  @Test
  void aPublishedSchemeIsRetiredNoEarlierThanItsPublication() {
    SchemeVersion published = versionIn(SchemeStatus.PUBLISHED);

    assertThat(SchemeLifecycle.retire(published, PUBLISHED_ON.minusDays(1)))
        .isInstanceOf(Transition.Refused.class);
    assertThat(SchemeLifecycle.retire(published, PUBLISHED_ON))
        .isEqualTo(
            new Transition.Done(
                new SchemeVersion(
                    published.scheme(), SchemeStatus.RETIRED, PUBLISHED_ON, PUBLISHED_ON)));
  }

  @Test
  void aWithdrawnDraftIsKeptAsRetiredWithoutAPublicationDate() {
    Transition outcome = SchemeLifecycle.retire(draft(), PUBLISHED_ON);

    assertThat(outcome)
        .isEqualTo(
            new Transition.Done(
                new SchemeVersion(
                    validScheme().build(), SchemeStatus.RETIRED, null, PUBLISHED_ON)));
  }

  @Test
  void aDraftIsRevisedInPlace() {
    Scheme changed = validScheme().withJurisdiction("3710").build();

    assertThat(SchemeLifecycle.revise(draft(), changed))
        .isEqualTo(new Transition.Done(SchemeVersion.draft(changed)));
    assertThat(SchemeLifecycle.revise(draft(), validScheme().withVersion(2).build()))
        .isInstanceOf(Transition.Refused.class);
  }

  @Test
  void aPublishedVersionIsImmutableAndAChangeBecomesANewDraftVersion() {
    SchemeVersion published = versionIn(SchemeStatus.PUBLISHED);
    Scheme sameVersion = validScheme().withJurisdiction("3710").build();
    Scheme next = validScheme().withJurisdiction("3710").withVersion(2).build();

    assertThat(SchemeLifecycle.revise(published, sameVersion))
        .isInstanceOfSatisfying(
            Transition.Refused.class, r -> assertThat(r.reason()).contains("immutable"));
    assertThat(SchemeLifecycle.revise(published, next))
        .isEqualTo(new Transition.Done(SchemeVersion.draft(next)));
  }

  @Test
  void aRetiredVersionCanOnlyBeSucceededByANewVersion() {
    SchemeVersion retired = versionIn(SchemeStatus.RETIRED);

    assertThat(SchemeLifecycle.revise(retired, validScheme().build()))
        .isInstanceOf(Transition.Refused.class);
    assertThat(SchemeLifecycle.revise(retired, validScheme().withVersion(3).build()))
        .isInstanceOf(Transition.Done.class);
  }

  @Test
  void aRevisionKeepsTheSchemeId() {
    assertThat(SchemeLifecycle.revise(draft(), validScheme().withId("other").build()))
        .isInstanceOf(Transition.Refused.class);
  }

  private static SchemeVersion draft() {
    return SchemeVersion.draft(validScheme().build());
  }

  private static SchemeVersion versionIn(SchemeStatus status) {
    Scheme scheme = validScheme().build();
    return switch (status) {
      case DRAFT -> SchemeVersion.draft(scheme);
      case PUBLISHED -> new SchemeVersion(scheme, status, PUBLISHED_ON, null);
      case RETIRED -> new SchemeVersion(scheme, status, PUBLISHED_ON, PUBLISHED_ON.plusDays(5));
    };
  }
}
