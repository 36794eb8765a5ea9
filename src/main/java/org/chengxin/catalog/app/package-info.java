/** Catalog use cases: the current catalog in memory, and its changes by a policy administrator. */
package org.chengxin.catalog.app;
