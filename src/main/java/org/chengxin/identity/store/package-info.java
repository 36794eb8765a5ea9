/**
 * The subject registry and relations in PostgreSQL. Hides the table layout and the COPY-based bulk
 * registration.
 */
package org.chengxin.identity.store;
