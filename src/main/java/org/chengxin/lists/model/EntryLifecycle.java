package org.chengxin.lists.model;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The one place where list entries change state: which moves are legal, what each requires, and
 * which step time alone makes due. Every move is recorded with who, when and why; a refused move
 * changes nothing and says why.
 */
public final class EntryLifecycle {
  /** Which steps each state allows; nothing else is legal. */
  private static final Map<EntryState, Set<Class<? extends EntryStep>>> LEGAL =
      new EnumMap<>(EntryState.class);

  static {
    LEGAL.put(EntryState.PROPOSED, Set.of(EntryStep.Notify.class, EntryStep.Remove.class));
    LEGAL.put(EntryState.NOTIFIED, Set.of(EntryStep.Activate.class, EntryStep.Remove.class));
    LEGAL.put(
        EntryState.ACTIVE,
        Set.of(EntryStep.Remove.class, EntryStep.Expire.class, EntryStep.Extend.class));
    LEGAL.put(EntryState.REMOVED, Set.of());
    LEGAL.put(EntryState.EXPIRED, Set.of());
  }

  private EntryLifecycle() {}

  /** A step time has made due, dated the day it became due (so a late scheduler run is exact). */
  public record Due(EntryStep step, LocalDate on) {}

  /** Whether an entry in {@code state} may take a step of this kind at all. */
  public static boolean isLegal(EntryState state, Class<? extends EntryStep> step) {
    return LEGAL.get(state).contains(step);
  }

  /**
   * Proposes an entry whose criteria are met.
   *
   * @param birthDate a person's birth date, null for an organisation
   */
  public static EntryOutcome propose(
      ListPolicy policy,
      String id,
      String subject,
      LocalDate birthDate,
      String basis,
      LocalDate on,
      String actor) {
    if (policy.minorsExcluded() && birthDate != null && birthDate.plusYears(18).isAfter(on)) {
      return new EntryOutcome.Refused(
          subject + " is under 18 on " + on + ": minors are never put on " + policy.nameEn());
    }
    EntryChange proposal =
        new EntryChange(null, EntryState.PROPOSED, on, actor, "criteria met: " + basis);
    return new EntryOutcome.Moved(
        new ListEntry(
            id,
            policy.id(),
            subject,
            basis,
            EntryState.PROPOSED,
            null,
            null,
            null,
            java.util.List.of(proposal)));
  }

  /** Takes {@code step} on {@code on}, if it is legal now. */
  public static EntryOutcome apply(
      ListPolicy policy,
      ListEntry entry,
      EntryStep step,
      LocalDate on,
      String actor,
      String reason) {
    if (!entry.listId().equals(policy.id())) {
      throw new IllegalArgumentException(
          "entry " + entry.id() + " is on " + entry.listId() + ", not " + policy.id());
    }
    if (!isLegal(entry.state(), step.getClass())) {
      return refused(
          "a "
              + entry.state()
              + " entry cannot take the step "
              + step.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT)
              + (entry.state().isFinal() ? ": it is final" : ""));
    }
    LocalDate last = entry.history().get(entry.history().size() - 1).on();
    if (on.isBefore(last)) {
      return refused("a step cannot be dated " + on + ", before the last one (" + last + ")");
    }
    return switch (step) {
      case EntryStep.Notify n ->
          moved(entry.moved(EntryState.NOTIFIED, on, actor, reason, on, null, null));
      case EntryStep.Activate a -> activate(policy, entry, on, actor, reason);
      case EntryStep.Remove r -> remove(policy, entry, r.ground(), on, actor, reason);
      case EntryStep.Expire e ->
          on.isBefore(entry.endsOn())
              ? refused("the entry runs until " + entry.endsOn())
              : moved(move(entry, EntryState.EXPIRED, on, actor, reason, entry.endsOn()));
      case EntryStep.Extend x -> extend(policy, entry, x, on, actor, reason);
    };
  }

  /**
   * The step time alone has made due by {@code today}, if any: activation once the notice period
   * and objection window are over (unless an objection is open), expiry once the end has come.
   */
  public static Optional<Due> due(
      ListPolicy policy, ListEntry entry, LocalDate today, boolean objectionOpen) {
    return switch (entry.state()) {
      case NOTIFIED -> {
        LocalDate at = activationDate(policy, entry);
        yield objectionOpen || at.isAfter(today)
            ? Optional.empty()
            : Optional.of(new Due(new EntryStep.Activate(), at));
      }
      case ACTIVE ->
          entry.endsOn().isAfter(today)
              ? Optional.empty()
              : Optional.of(new Due(new EntryStep.Expire(), entry.endsOn()));
      default -> Optional.empty();
    };
  }

  /** The first day a notified entry may become active. */
  public static LocalDate activationDate(ListPolicy policy, ListEntry entry) {
    LocalDate notified = entry.notifiedOn();
    if (policy.activateAtOnce()) {
      return notified;
    }
    LocalDate afterNotice = notified.plus(policy.noticePeriod());
    LocalDate afterWindow = notified.plus(policy.objectionWindow());
    return afterNotice.isAfter(afterWindow) ? afterNotice : afterWindow;
  }

  private static EntryOutcome activate(
      ListPolicy policy, ListEntry entry, LocalDate on, String actor, String reason) {
    LocalDate earliest = activationDate(policy, entry);
    if (on.isBefore(earliest)) {
      return refused(
          "the notice period and objection window run until " + earliest + "; not active before");
    }
    return moved(
        entry.moved(
            EntryState.ACTIVE,
            on,
            actor,
            reason,
            entry.notifiedOn(),
            on,
            on.plus(policy.duration())));
  }

  private static EntryOutcome remove(
      ListPolicy policy,
      ListEntry entry,
      RemovalGround ground,
      LocalDate on,
      String actor,
      String reason) {
    boolean active = entry.state() == EntryState.ACTIVE;
    if (active && ground == RemovalGround.WITHDRAWN) {
      return refused("an active entry is removed on a ground, not withdrawn");
    }
    if (active && ground.isEarlyRemoval() && policy.earliestRemoval() != null) {
      LocalDate earliest = entry.activeFrom().plus(policy.earliestRemoval());
      if (on.isBefore(earliest)) {
        return refused(ground + " can end this entry from " + earliest + " on, not before");
      }
    }
    return moved(move(entry, EntryState.REMOVED, on, actor, ground + ": " + reason, on));
  }

  private static EntryOutcome extend(
      ListPolicy policy,
      ListEntry entry,
      EntryStep.Extend x,
      LocalDate on,
      String actor,
      String reason) {
    LocalDate end = entry.endsOn().plus(x.by());
    LocalDate limit = entry.activeFrom().plus(policy.duration()).plus(policy.maxExtension());
    if (!end.isAfter(entry.endsOn())) {
      return refused("an extension must move the end later");
    }
    if (end.isAfter(limit)) {
      return refused("the policy allows this entry to run until " + limit + " at the most");
    }
    return moved(
        entry.moved(
            EntryState.ACTIVE, on, actor, reason, entry.notifiedOn(), entry.activeFrom(), end));
  }

  /** A final move, keeping the dates; {@code endsOn} becomes the day it really ended. */
  private static ListEntry move(
      ListEntry entry, EntryState to, LocalDate on, String actor, String reason, LocalDate ended) {
    return entry.moved(to, on, actor, reason, entry.notifiedOn(), entry.activeFrom(), ended);
  }

  private static EntryOutcome moved(ListEntry entry) {
    return new EntryOutcome.Moved(entry);
  }

  private static EntryOutcome refused(String reason) {
    return new EntryOutcome.Refused(reason);
  }
}
