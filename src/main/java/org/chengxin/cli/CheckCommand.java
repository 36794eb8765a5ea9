package org.chengxin.cli;

import java.util.concurrent.Callable;
import org.chengxin.access.Caller;
import org.chengxin.checks.app.CheckSubject;
import org.chengxin.checks.model.AppliedMeasure;
import org.chengxin.checks.model.Effect;
import org.chengxin.identity.model.SubjectCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ./chengxin check}: what applies to a subject for one purpose, as a registered relying
 * party asks it (the check is logged like any other).
 */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Check a subject for one purpose on behalf of a registered relying party.",
      "Prints every measure that applies, with its reason, legal basis and end; or that none do."
    })
final class CheckCommand implements Callable<Integer> {
  @Parameters(paramLabel = "SUBJECT", description = "Resident ID number or USCC.")
  String subject;

  @Option(names = "--purpose", required = true, description = "e.g. air-travel")
  String purpose;

  @Option(
      names = "--relying-party",
      required = true,
      paramLabel = "ID",
      description = "The registered relying party asking.")
  String party;

  @Mixin StoreOptions store = new StoreOptions();

  @Override
  public Integer call() {
    String code = SubjectCode.parse(subject).value();
    try (var opened = store.open();
        var context = Spring.batch(opened.springProperties())) {
      var answer =
          context
              .getBean(CheckSubject.class)
              .check(Caller.operatorFor(party), code, purpose.strip());
      if (answer.outcome().applied().isEmpty()) {
        System.out.println(code + ", " + answer.purpose() + ": no measure applies");
        return 0;
      }
      System.out.println(code + ", " + answer.purpose() + ":");
      for (AppliedMeasure m : answer.outcome().applied()) {
        System.out.println(
            "  "
                + m.code()
                + " — "
                + m.nameEn()
                + " ("
                + effect(m.effect())
                + "), because "
                + m.because()
                + (m.endsOn() == null ? "" : ", until " + m.endsOn()));
        System.out.println("    basis: " + m.legalBasis());
      }
      return 0;
    }
  }

  private static String effect(Effect e) {
    return switch (e) {
      case Effect.Restriction r -> "restriction";
      case Effect.Benefit b -> "benefit";
      case Effect.Rate r -> r.parameter() + " " + r.percent() + "%";
    };
  }
}
