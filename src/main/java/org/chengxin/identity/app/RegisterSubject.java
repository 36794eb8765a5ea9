package org.chengxin.identity.app;

import java.util.List;
import java.util.Map;
import org.chengxin.access.Caller;
import org.chengxin.access.Role;
import org.chengxin.audit.AuditLog;
import org.chengxin.identity.model.ResidentIdNumber;
import org.chengxin.identity.model.SubjectCode;
import org.chengxin.identity.model.SubjectName;
import org.chengxin.identity.model.UnifiedSocialCreditCode;
import org.chengxin.identity.store.SubjectRow;
import org.chengxin.identity.store.SubjectStore;
import org.springframework.stereotype.Service;

/**
 * Registers one subject typed in by a person: the code must verify (a bad check character is
 * refused here, unlike in a registry bulk import). Registering a known code changes nothing.
 */
@Service
public class RegisterSubject {
  private final SubjectStore subjects;
  private final SubjectPinyin pinyin;
  private final AuditLog audit;

  public RegisterSubject(SubjectStore subjects, SubjectPinyin pinyin, AuditLog audit) {
    this.subjects = subjects;
    this.pinyin = pinyin;
    this.audit = audit;
  }

  /** Returns true when the subject is new. */
  public boolean register(Caller caller, SubjectCode code, SubjectName name) {
    caller.require("register subjects", Role.SYSTEM_ADMIN);
    SubjectRow row =
        rowOf(code, name.text(), pinyin.of(code.kind(), name.text()), false, "interactive");
    boolean created = subjects.registerMissing(List.of(row)) == 1;
    audit.ok(caller.actor(), "register subject", code.value(), Map.of("created", created));
    return created;
  }

  /** The registry row for a verified code. */
  public static SubjectRow rowOf(
      SubjectCode code, String name, String pinyin, boolean checkFailed, String source) {
    String orgType = code instanceof UnifiedSocialCreditCode u ? u.organisationType().name() : null;
    var birth = code instanceof ResidentIdNumber id ? id.birthDate() : null;
    return new SubjectRow(
        code.value(),
        code.kind(),
        orgType,
        code.region().value(),
        name,
        pinyin,
        birth,
        checkFailed,
        source,
        null);
  }
}
