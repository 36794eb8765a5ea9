/**
 * Scoring's storage: scheme documents (YAML and JSON, read strictly with errors that name the
 * scheme, part and field), stored scores with their history, the serving pointer per scheme, and
 * full-rescore jobs with their staging rows. Hides Jackson, the SQL, COPY and the advisory locks
 * that order ingests against a job's snapshot.
 */
package org.chengxin.scoring.store;
