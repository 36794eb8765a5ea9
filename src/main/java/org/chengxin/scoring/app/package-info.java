/**
 * Scoring use cases: the schemes in force (seeded from the shipped ones), a subject's scores read
 * from the store with their explanations, incremental rescoring inside each ingest's transaction,
 * and full rescores in the background that switch readers to a new version at once. Hides the
 * compiled-scheme cache, the job threads and the scheduling.
 */
package org.chengxin.scoring.app;
