package org.chengxin.catalog.model;

/** Who may see records of a type, from widest to narrowest. */
public enum Disclosure {
  /** Shown on the public portal during the publicity period. */
  PUBLIC,
  /** Shown to the subject and to relying parties the subject has authorised. */
  SUBJECT_AND_AUTHORISED,
  /** Shown to the subject only; scoring may still use it. */
  SUBJECT_ONLY
}
