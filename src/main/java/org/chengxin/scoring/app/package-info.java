/**
 * Scoring use cases: the schemes in force (seeded from the shipped ones), and scoring a subject
 * from its committed records. Hides the compiled-scheme cache.
 */
package org.chengxin.scoring.app;
