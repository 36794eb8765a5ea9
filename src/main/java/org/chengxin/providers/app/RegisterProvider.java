package org.chengxin.providers.app;

import java.util.List;
import java.util.Map;
import org.chengxin.access.Caller;
import org.chengxin.access.Role;
import org.chengxin.audit.AuditLog;
import org.chengxin.catalog.app.CatalogService;
import org.chengxin.platform.web.BadRequest;
import org.chengxin.providers.model.Provider;
import org.chengxin.providers.store.ProviderStore;
import org.springframework.stereotype.Service;

/** A system administrator registers a provider, or changes its authorisations. */
@Service
public class RegisterProvider {
  private final ProviderStore providers;
  private final CatalogService catalog;
  private final AuditLog audit;

  public RegisterProvider(ProviderStore providers, CatalogService catalog, AuditLog audit) {
    this.providers = providers;
    this.catalog = catalog;
    this.audit = audit;
  }

  public Provider register(Caller caller, Provider provider) {
    caller.require("register providers", Role.SYSTEM_ADMIN);
    List<String> unknown =
        provider.recordTypes().stream()
            .filter(t -> catalog.current().find(t).isEmpty())
            .sorted()
            .toList();
    if (!unknown.isEmpty()) {
      throw new BadRequest("recordTypes", "not in the catalog: " + String.join(", ", unknown));
    }
    providers.save(provider);
    audit.ok(
        caller.actor(),
        "register provider",
        provider.id(),
        Map.of("recordTypes", provider.recordTypes().size(), "regions", provider.regions()));
    return provider;
  }
}
