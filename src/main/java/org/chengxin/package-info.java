/**
 * Chengxin, an open social credit information platform. Each sub-package is one capability
 * (identity, catalog, providers, ingest, records, audit, synth) or the shared plumbing (platform)
 * and the command line (cli); {@link org.chengxin.ChengxinApplication} wires them together.
 */
package org.chengxin;
