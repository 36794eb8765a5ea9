package org.chengxin.lists.model;

/** The four kinds of list the platform keeps. */
public enum ListKind {
  /** 守信激励名单: subjects of outstanding integrity, for rewards. */
  RED,
  /** 严重失信主体名单: seriously dishonest subjects, only where law grounds the list. */
  BLACK,
  /** 重点关注名单: subjects watched more closely; no penalties of its own. */
  WATCH,
  /** 失信被执行人: judgment defaulters, listed by the courts. */
  JUDGMENT_DEFAULTER
}
