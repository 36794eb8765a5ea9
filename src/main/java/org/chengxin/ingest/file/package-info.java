/**
 * Import files a provider hands in (CSV with a header, or JSON Lines), read row by row into
 * submissions. Hides the CSV parsing and the column mapping.
 */
package org.chengxin.ingest.file;
