/** The HTTP read side of records, narrowed by the caller's role. */
package org.chengxin.records.web;
