/**
 * The PostgreSQL store's plumbing: the embedded server kept in a local folder and small JDBC
 * helpers. Hides how binaries are unpacked, how a server left by a killed process is recovered, and
 * how the server is run unprivileged when Chengxin runs as root.
 */
package org.chengxin.platform.db;
