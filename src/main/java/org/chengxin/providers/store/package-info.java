/** Providers kept in PostgreSQL. Hides the table layout and array encoding. */
package org.chengxin.providers.store;
