package org.chengxin.synth;

/** What a generated city holds; written as {@code manifest.txt} beside the data. */
public record Manifest(CityPlan plan, long subjects, long relations, long records) {

  String text() {
    return "# Chengxin synthetic city (deterministic: same plan, same bytes)\n"
        + "seed: "
        + plan.seed()
        + "\n"
        + "prefecture: "
        + plan.prefecture()
        + "\n"
        + "persons: "
        + plan.persons()
        + "\n"
        + "enterprises: "
        + plan.enterprises()
        + "\n"
        + "years: "
        + plan.years()
        + "\n"
        + "until: "
        + plan.until()
        + "\n"
        + "subjects: "
        + subjects
        + "\n"
        + "relations: "
        + relations
        + "\n"
        + "records: "
        + records
        + "\n";
  }
}
