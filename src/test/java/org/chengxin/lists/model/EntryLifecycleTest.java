package org.chengxin.lists.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chengxin.lists.model.EntryLifecycle.Due;
import org.junit.jupiter.api.Test;

class EntryLifecycleTest {
  private static final LocalDate D = LocalDate.parse("2026-03-02");
  private static final String ADULT = "11010519491231002X";
  private final ListPolicy jd = ListPolicies.judgmentDefaulters();

  /** The legal steps of each state, written out here rather than read from the code under test. */
  private static final Map<EntryState, Set<String>> EXPECTED = new EnumMap<>(EntryState.class);

  static {
    EXPECTED.put(EntryState.PROPOSED, Set.of("notify", "remove"));
    EXPECTED.put(EntryState.NOTIFIED, Set.of("activate", "remove"));
    EXPECTED.put(EntryState.ACTIVE, Set.of("remove", "expire", "extend"));
    EXPECTED.put(EntryState.REMOVED, Set.of());
    EXPECTED.put(EntryState.EXPIRED, Set.of());
  }

  @Test
  void everyStateTakesExactlyItsLegalStepsAndRefusesTheRest() {
    for (EntryState state : EntryState.values()) {
      ListEntry entry = in(state);
      LocalDate late = D.plusYears(10); // every time condition holds by then
      Map<String, EntryStep> steps =
          Map.of(
              "notify", new EntryStep.Notify(),
              "activate", new EntryStep.Activate(),
              "remove", new EntryStep.Remove(RemovalGround.OBLIGATION_PERFORMED),
              "expire", new EntryStep.Expire(),
              "extend", new EntryStep.Extend(Period.ofYears(1)));
      steps.forEach((name, step) -> {
        EntryOutcome outcome = EntryLifecycle.apply(jd, entry, step, late, "court", "test");
        boolean legal = EXPECTED.get(state).contains(name);
        assertThat(outcome instanceof EntryOutcome.Moved)
            .as("%s on a %s entry", name, state)
            .isEqualTo(legal);
        if (!legal) {
          assertThat(((EntryOutcome.Refused) outcome).reason()).contains(state.name());
        }
      });
    }
  }

  @Test
  void aMinorIsNeverProposedForTheJudgmentDefaulterListButAnAdultAndAnOrganisationAre() {
    var minor =
        EntryLifecycle.propose(jd, "e1", "child", D.minusYears(17), "judgment 1", D, "court");
    var adult = EntryLifecycle.propose(jd, "e2", ADULT, D.minusYears(18), "judgment 2", D, "court");
    var firm = EntryLifecycle.propose(jd, "e3", "91110000600037341L", null, "j3", D, "court");

    assertThat(minor).isInstanceOf(EntryOutcome.Refused.class);
    assertThat(((EntryOutcome.Refused) minor).reason()).contains("minors are never put on");
    assertThat(adult).isInstanceOf(EntryOutcome.Moved.class);
    assertThat(firm).isInstanceOf(EntryOutcome.Moved.class);
  }

  @Test
  void anEntryBecomesActiveOnlyOnceTheObjectionWindowIsOverAndRunsForItsDuration() {
    ListEntry notified = step(proposed(jd), new EntryStep.Notify(), D);

    var early =
        EntryLifecycle.apply(jd, notified, new EntryStep.Activate(), D.plusDays(9), "x", "y");
    ListEntry active = step(notified, new EntryStep.Activate(), D.plusDays(10));

    assertThat(((EntryOutcome.Refused) early).reason()).contains(D.plusDays(10).toString());
    assertThat(active.activeFrom()).isEqualTo(D.plusDays(10));
    assertThat(active.endsOn()).isEqualTo(D.plusDays(10).plusYears(2));
  }

  @Test
  void aRewardListEntryIsActiveRightAfterItsNotice() {
    ListPolicy red = ListPolicies.redList();
    ListEntry notified = step(red, proposed(red), new EntryStep.Notify(), D);

    assertThat(step(red, notified, new EntryStep.Activate(), D).state())
        .isEqualTo(EntryState.ACTIVE);
  }

  @Test
  void anEntryExpiresOnItsEndAndNotBefore() {
    ListEntry active = in(EntryState.ACTIVE);
    LocalDate end = active.endsOn();

    var early =
        EntryLifecycle.apply(jd, active, new EntryStep.Expire(), end.minusDays(1), "s", "t");
    ListEntry expired = step(active, new EntryStep.Expire(), end);

    assertThat(early).isInstanceOf(EntryOutcome.Refused.class);
    assertThat(expired.state()).isEqualTo(EntryState.EXPIRED);
    assertThat(expired.endsOn()).isEqualTo(end);
  }

  @Test
  void extensionsStayWithinThePolicysLimitAndMustMoveTheEndLater() {
    ListEntry active = in(EntryState.ACTIVE);
    ListEntry extended = step(active, new EntryStep.Extend(Period.ofYears(3)), active.activeFrom());

    var beyond =
        EntryLifecycle.apply(
            jd, extended, new EntryStep.Extend(Period.ofDays(1)), active.activeFrom(), "c", "r");
    var nothing =
        EntryLifecycle.apply(
            jd, active, new EntryStep.Extend(Period.ZERO), active.activeFrom(), "c", "r");

    assertThat(extended.endsOn()).isEqualTo(active.activeFrom().plusYears(5));
    assertThat(extended.history()).hasSize(active.history().size() + 1);
    assertThat(((EntryOutcome.Refused) beyond).reason()).contains("at the most");
    assertThat(nothing).isInstanceOf(EntryOutcome.Refused.class);
  }

  @Test
  void aBlacklistEntryIsRepairedOnlyAfterOneYearButAWrongOneEndsAtOnce() {
    ListPolicy bl = ListPolicies.blacklist();
    ListEntry active = activeOn(bl);
    LocalDate from = active.activeFrom();
    EntryStep repair = new EntryStep.Remove(RemovalGround.REPAIR_GRANTED);

    var tooEarly =
        EntryLifecycle.apply(bl, active, repair, from.plusYears(1).minusDays(1), "r", "x");
    var repaired = EntryLifecycle.apply(bl, active, repair, from.plusYears(1), "r", "x");
    var upheld =
        EntryLifecycle.apply(
            bl, active, new EntryStep.Remove(RemovalGround.OBJECTION_UPHELD), from, "r", "x");

    assertThat(((EntryOutcome.Refused) tooEarly).reason()).contains(from.plusYears(1).toString());
    assertThat(repaired).isInstanceOf(EntryOutcome.Moved.class);
    assertThat(upheld).isInstanceOf(EntryOutcome.Moved.class);
  }

  @Test
  void anActiveEntryIsRemovedOnAGroundNotWithdrawn() {
    var withdrawn =
        EntryLifecycle.apply(
            jd,
            in(EntryState.ACTIVE),
            new EntryStep.Remove(RemovalGround.WITHDRAWN),
            D.plusYears(1),
            "c",
            "r");
    var proposal =
        EntryLifecycle.apply(
            jd, proposed(jd), new EntryStep.Remove(RemovalGround.WITHDRAWN), D, "c", "r");

    assertThat(withdrawn).isInstanceOf(EntryOutcome.Refused.class);
    assertThat(proposal).isInstanceOf(EntryOutcome.Moved.class);
  }

  @Test
  void aStepCannotBeDatedBeforeTheLastOne() {
    ListEntry notified = step(proposed(jd), new EntryStep.Notify(), D.plusDays(5));

    var backdated =
        EntryLifecycle.apply(
            jd, notified, new EntryStep.Remove(RemovalGround.WITHDRAWN), D, "c", "r");

    assertThat(((EntryOutcome.Refused) backdated).reason()).contains("before the last one");
  }

  @Test
  void everyChangeIsRecordedWithWhoWhenAndWhy() {
    ListEntry removed =
        step(
            in(EntryState.ACTIVE),
            new EntryStep.Remove(RemovalGround.OBLIGATION_PERFORMED),
            D.plusMonths(3));

    List<EntryChange> h = removed.history();
    assertThat(h)
        .extracting(EntryChange::to)
        .containsExactly(
            EntryState.PROPOSED, EntryState.NOTIFIED, EntryState.ACTIVE, EntryState.REMOVED);
    assertThat(h)
        .extracting(EntryChange::from)
        .containsExactly(null, EntryState.PROPOSED, EntryState.NOTIFIED, EntryState.ACTIVE);
    assertThat(h.get(0).reason()).isEqualTo("criteria met: judgment 42");
    assertThat(h.get(3).reason()).startsWith("OBLIGATION_PERFORMED: ");
    assertThat(h).allSatisfy(c -> assertThat(c.actor()).isNotBlank());
    assertThat(removed.proposedOn()).isEqualTo(D);
    assertThatThrownBy(() -> new EntryChange(null, EntryState.PROPOSED, D, "", "why"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void timeDrivenStepsAreDatedWhenTheyFellDueEvenAfterARestartThatSpannedThem() {
    ListEntry notified = step(proposed(jd), new EntryStep.Notify(), D);

    Due activation = EntryLifecycle.due(jd, notified, D.plusDays(40), false).orElseThrow();
    ListEntry active = step(notified, activation.step(), activation.on());
    Due expiry = EntryLifecycle.due(jd, active, active.endsOn().plusDays(5), false).orElseThrow();

    assertThat(EntryLifecycle.due(jd, notified, D.plusDays(9), false)).isEmpty();
    assertThat(EntryLifecycle.due(jd, notified, D.plusDays(40), true))
        .as("an open objection keeps the entry from becoming active")
        .isEmpty();
    assertThat(activation.on()).isEqualTo(D.plusDays(10));
    assertThat(active.activeFrom()).isEqualTo(D.plusDays(10));
    assertThat(expiry.step()).isInstanceOf(EntryStep.Expire.class);
    assertThat(expiry.on()).isEqualTo(D.plusDays(10).plusYears(2));
    assertThat(EntryLifecycle.due(jd, active, active.endsOn().minusDays(1), false)).isEmpty();
  }

  @Test
  void anEntryOfAnotherListIsABug() {
    assertThatThrownBy(() ->
            EntryLifecycle.apply(
                ListPolicies.redList(), proposed(jd), new EntryStep.Notify(), D, "c", "r"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private ListEntry proposed(ListPolicy policy) {
    var outcome =
        EntryLifecycle.propose(policy, "e42", ADULT, D.minusYears(40), "judgment 42", D, "court");
    return ((EntryOutcome.Moved) outcome).entry();
  }

  private ListEntry activeOn(ListPolicy policy) {
    ListEntry notified = step(policy, proposed(policy), new EntryStep.Notify(), D);
    return step(policy, notified, new EntryStep.Activate(), D.plusDays(30));
  }

  /** An entry of the judgment-defaulter list in {@code state}, reached by legal steps. */
  private ListEntry in(EntryState state) {
    return switch (state) {
      case PROPOSED -> proposed(jd);
      case NOTIFIED -> step(proposed(jd), new EntryStep.Notify(), D);
      case ACTIVE -> activeOn(jd);
      case REMOVED ->
          step(proposed(jd), new EntryStep.Remove(RemovalGround.WITHDRAWN), D.plusDays(1));
      case EXPIRED -> {
        ListEntry active = activeOn(jd);
        yield step(active, new EntryStep.Expire(), active.endsOn());
      }
    };
  }

  private ListEntry step(ListEntry entry, EntryStep step, LocalDate on) {
    return step(jd, entry, step, on);
  }

  private static ListEntry step(ListPolicy policy, ListEntry entry, EntryStep step, LocalDate on) {
    EntryOutcome outcome = EntryLifecycle.apply(policy, entry, step, on, "court", "because");
    assertThat(outcome).as("%s", outcome).isInstanceOf(EntryOutcome.Moved.class);
    return ((EntryOutcome.Moved) outcome).entry();
  }
}
