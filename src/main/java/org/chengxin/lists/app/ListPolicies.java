package org.chengxin.lists.app;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chengxin.lists.model.ListPolicy;
import org.chengxin.lists.store.ListPolicyYaml;
import org.chengxin.platform.web.NotFound;
import org.springframework.stereotype.Service;

/** The list policies in force: the shipped file, read once at start. */
@Service
public class ListPolicies {
  private final Map<String, ListPolicy> byId = new LinkedHashMap<>();

  public ListPolicies() {
    for (ListPolicy p : ListPolicyYaml.readDefault()) {
      byId.put(p.id(), p);
    }
  }

  public List<ListPolicy> all() {
    return List.copyOf(byId.values());
  }

  /**
   * @throws NotFound for an unknown list
   */
  public ListPolicy get(String id) {
    ListPolicy p = byId.get(id);
    if (p == null) {
      throw new NotFound("list " + id);
    }
    return p;
  }
}
