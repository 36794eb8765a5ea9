package org.chengxin.ingest.app;

import java.time.Clock;
import java.time.LocalDate;
import org.chengxin.access.Caller;
import org.chengxin.access.Role;
import org.chengxin.catalog.app.CatalogService;
import org.chengxin.ingest.model.SubmissionValidator;
import org.chengxin.platform.web.Forbidden;
import org.chengxin.platform.web.NotFound;
import org.chengxin.providers.model.Provider;
import org.chengxin.providers.store.ProviderStore;
import org.springframework.stereotype.Component;

/** Resolves the provider behind a write and builds the validator for its submissions. */
@Component
class ProviderContext {
  private final ProviderStore providers;
  private final CatalogService catalog;
  private final Clock clock;

  ProviderContext(ProviderStore providers, CatalogService catalog, Clock clock) {
    this.providers = providers;
    this.catalog = catalog;
    this.clock = clock;
  }

  Provider providerOf(Caller caller) {
    caller.require("submit records", Role.PROVIDER);
    Provider p =
        providers
            .find(caller.providerId())
            .orElseThrow(() -> new NotFound("registered provider '" + caller.providerId() + "'"));
    if (!p.active()) {
      throw new Forbidden(
          caller.actor(), "submit records", "provider " + p.id() + " is deactivated");
    }
    return p;
  }

  SubmissionValidator validatorFor(Provider p) {
    return new SubmissionValidator(catalog.current(), p, LocalDate.now(clock));
  }
}
