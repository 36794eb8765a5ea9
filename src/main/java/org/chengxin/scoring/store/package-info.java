/**
 * Scheme documents: the YAML (and JSON) format of a scoring scheme, read strictly with errors that
 * name the scheme, part and field, and written so that it reads back equal. Hides Jackson.
 */
package org.chengxin.scoring.store;
