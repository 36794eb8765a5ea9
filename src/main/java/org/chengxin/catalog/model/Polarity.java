package org.chengxin.catalog.model;

/** Whether a record counts against its subject (失信) or for it (守信). */
public enum Polarity {
  NEGATIVE,
  POSITIVE
}
