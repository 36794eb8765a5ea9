/**
 * Reads and writes the catalog as YAML (and record types as JSON-compatible trees). Hides Jackson
 * and the file layout; errors name the record type and field at fault.
 */
package org.chengxin.catalog.store;
