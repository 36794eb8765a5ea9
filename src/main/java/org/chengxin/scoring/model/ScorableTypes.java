package org.chengxin.scoring.model;

import java.util.Set;

/** Which catalog record types the national policy lets schemes score. */
public sealed interface ScorableTypes {

  boolean allows(String typeCode);

  /** Every catalogued type. */
  record All() implements ScorableTypes {
    @Override
    public boolean allows(String typeCode) {
      return true;
    }
  }

  /** Only the listed types. */
  record Only(Set<String> types) implements ScorableTypes {
    public Only {
      types = Set.copyOf(types);
    }

    @Override
    public boolean allows(String typeCode) {
      return types.contains(typeCode);
    }
  }

  /** Every catalogued type but the listed ones. */
  record AllExcept(Set<String> types) implements ScorableTypes {
    public AllExcept {
      types = Set.copyOf(types);
    }

    @Override
    public boolean allows(String typeCode) {
      return !types.contains(typeCode);
    }
  }
}
