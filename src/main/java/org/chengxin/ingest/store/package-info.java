/**
 * Writes checked records to PostgreSQL with COPY, idempotent on (provider, reference). Hides the
 * fast path, the staging-table fallback and the COPY text format.
 */
package org.chengxin.ingest.store;
