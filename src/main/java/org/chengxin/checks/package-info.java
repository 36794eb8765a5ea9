/**
 * Checks (信用核查): the catalog of joint rewards and penalties (奖惩措施) a relying party applies for one
 * purpose, and the guardrail that keeps each measure in its own credit domain. Started with issue
 * 4: the measures and their guardrail; the check API and the decision index follow.
 */
package org.chengxin.checks;
