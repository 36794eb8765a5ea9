/**
 * Lists (名单): red list, black list of seriously dishonest subjects, watch list and judgment
 * defaulters, each defined by a published policy, and the lifecycle of an entry from proposal to
 * removal or expiry. Started with issue 4: the policies and the lifecycle; storage, measures and
 * checks follow.
 */
package org.chengxin.lists;
