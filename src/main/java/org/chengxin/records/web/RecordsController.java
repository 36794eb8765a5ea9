package org.chengxin.records.web;

import org.chengxin.access.Caller;
import org.chengxin.access.Role;
import org.chengxin.identity.model.InvalidIdentifierException;
import org.chengxin.identity.model.SubjectCode;
import org.chengxin.platform.web.NotFound;
import org.chengxin.platform.web.Page;
import org.chengxin.records.model.CreditRecord;
import org.chengxin.records.store.RecordReader;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Record versions: a provider sees what it submitted; administrators see all. */
@RestController
public class RecordsController {
  private final RecordReader records;

  public RecordsController(RecordReader records) {
    this.records = records;
  }

  @GetMapping("/api/v1/subjects/{code}/records")
  public Page<CreditRecord> ofSubject(
      Caller caller,
      @PathVariable String code,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    int offset = Page.offset(page, size);
    String subject = parse(code).value();
    String provider = caller.role() == Role.PROVIDER ? caller.providerId() : null;
    return new Page<>(
        records.ofSubject(subject, provider, offset, size),
        page,
        size,
        records.countOfSubject(subject, provider));
  }

  @GetMapping("/api/v1/records/{id}")
  public CreditRecord one(Caller caller, @PathVariable long id) {
    CreditRecord r = records.find(id).orElseThrow(() -> new NotFound("record " + id));
    if (caller.role() == Role.PROVIDER && !r.provider().equals(caller.providerId())) {
      throw new NotFound("record " + id); // another provider's record is not disclosed
    }
    return r;
  }

  static SubjectCode parse(String code) {
    try {
      return SubjectCode.parse(code);
    } catch (InvalidIdentifierException e) {
      throw e.inField("code");
    }
  }
}
