/**
 * The append-only audit log of writes and refused attempts. Hides the table layout; the database
 * refuses updates and deletes of audit rows.
 */
package org.chengxin.audit;
