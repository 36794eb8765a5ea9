package org.chengxin.providers.web;

import java.util.List;
import java.util.Set;
import org.chengxin.access.Caller;
import org.chengxin.platform.web.BadRequest;
import org.chengxin.platform.web.NotFound;
import org.chengxin.providers.app.RegisterProvider;
import org.chengxin.providers.model.Provider;
import org.chengxin.providers.model.ProviderKind;
import org.chengxin.providers.store.ProviderStore;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Providers are public knowledge (who may report what); changing them is an administrator's. */
@RestController
public class ProvidersController {
  private final ProviderStore providers;
  private final RegisterProvider register;

  public ProvidersController(ProviderStore providers, RegisterProvider register) {
    this.providers = providers;
    this.register = register;
  }

  /** A provider as registered; {@code regions} are administrative-division prefixes. */
  public record ProviderBody(
      String nameZh,
      String nameEn,
      ProviderKind kind,
      Set<String> recordTypes,
      List<String> regions,
      Boolean active) {}

  @GetMapping("/api/v1/providers")
  public List<Provider> all() {
    return providers.all();
  }

  @GetMapping("/api/v1/providers/{id}")
  public Provider one(@PathVariable String id) {
    return providers.find(id).orElseThrow(() -> new NotFound("provider " + id));
  }

  @PutMapping("/api/v1/providers/{id}")
  public Provider put(Caller caller, @PathVariable String id, @RequestBody ProviderBody body) {
    if (body == null
        || body.kind() == null
        || body.recordTypes() == null
        || body.regions() == null) {
      throw new BadRequest("body", "needs nameZh, nameEn, kind, recordTypes and regions");
    }
    Provider p;
    try {
      p =
          new Provider(
              id,
              body.nameZh(),
              body.nameEn(),
              body.kind(),
              body.recordTypes(),
              body.regions(),
              body.active() == null || body.active());
    } catch (IllegalArgumentException e) {
      throw new BadRequest("provider", e.getMessage());
    }
    return register.register(caller, p);
  }
}
