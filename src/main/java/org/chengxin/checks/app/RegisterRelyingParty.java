package org.chengxin.checks.app;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.chengxin.access.Caller;
import org.chengxin.access.Role;
import org.chengxin.audit.AuditLog;
import org.chengxin.checks.model.RelyingParty;
import org.chengxin.checks.store.RelyingPartyTable;
import org.chengxin.platform.web.BadRequest;
import org.springframework.stereotype.Service;

/** A system administrator registers (or updates) a relying party and the purposes it checks for. */
@Service
public class RegisterRelyingParty {
  private final RelyingPartyTable parties;
  private final MeasureCatalog measures;
  private final AuditLog audit;

  public RegisterRelyingParty(RelyingPartyTable parties, MeasureCatalog measures, AuditLog audit) {
    this.parties = parties;
    this.measures = measures;
    this.audit = audit;
  }

  public RelyingParty register(Caller caller, RelyingParty party) {
    caller.require("register relying parties", Role.SYSTEM_ADMIN);
    Set<String> unknown = new TreeSet<>(party.purposes());
    unknown.removeAll(measures.purposes());
    if (!unknown.isEmpty()) {
      throw new BadRequest(
          "purposes",
          "no measure has the purpose(s) " + unknown + "; known: " + measures.purposes());
    }
    parties.save(party);
    audit.ok(
        caller.actor(),
        "register relying party",
        party.id(),
        Map.of("purposes", String.join(",", new TreeSet<>(party.purposes()))));
    return party;
  }
}
