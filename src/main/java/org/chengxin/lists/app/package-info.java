/**
 * List use cases: the published list policies, proposing an entry, taking its steps (by the
 * deciding authority), and the time-driven steps a scheduler applies, dated when they fell due.
 */
package org.chengxin.lists.app;
