package org.chengxin.identity.model;

/** The four kinds of credit subject (信用主体) the platform keeps files on. */
public enum SubjectKind {
  /** A natural person, identified by a resident identity number. */
  PERSON,
  /** A market entity: company, individual business or farmers' cooperative. */
  ENTERPRISE,
  /** A government organ or public institution. */
  PUBLIC_INSTITUTION,
  /** A social group, private non-enterprise unit or foundation. */
  SOCIAL_ORGANISATION
}
