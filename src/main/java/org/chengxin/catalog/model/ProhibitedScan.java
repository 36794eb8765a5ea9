package org.chengxin.catalog.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs the prohibited categories over every text a record type exposes: code, both names, the
 * declared category and each attribute's name, description and enum values. The legal basis is not
 * scanned: citing 《传染病防治法》 is no attempt to record anyone's illness.
 */
final class ProhibitedScan {

  private ProhibitedScan() {}

  static void check(
      RecordType type, List<ProhibitedCategory> categories, List<CatalogViolation> out) {
    List<ScannedText> fields = fields(type);
    for (ProhibitedCategory category : categories) {
      category.firstHit(fields).ifPresent(hit -> out.add(violation(type, category, hit)));
    }
  }

  static List<ScannedText> fields(RecordType type) {
    List<ScannedText> fields = new ArrayList<>();
    fields.add(ScannedText.of("code", type.code()));
    fields.add(ScannedText.of("nameEn", type.nameEn()));
    fields.add(ScannedText.of("nameZh", type.nameZh()));
    fields.add(ScannedText.of("category", type.category()));
    for (AttributeSpec spec : type.attributes()) {
      String prefix = "attributes." + spec.name();
      fields.add(ScannedText.of(prefix + ".name", spec.name()));
      if (spec.description() != null) {
        fields.add(ScannedText.of(prefix + ".description", spec.description()));
      }
      for (String value : spec.values()) {
        fields.add(ScannedText.of(prefix + ".values", value));
      }
    }
    return fields;
  }

  private static CatalogViolation violation(
      RecordType type, ProhibitedCategory category, ProhibitedCategory.Hit hit) {
    return CatalogPolicy.violation(
        "prohibited-category/" + category.id(),
        hit.field(),
        type,
        "touches the prohibited category '"
            + category.labelEn()
            + "' ("
            + category.basis()
            + ") in field "
            + hit.field()
            + " ('"
            + hit.term()
            + "')");
  }
}
