/** Reads stored record versions from PostgreSQL, resolving each version's status. */
package org.chengxin.records.store;
