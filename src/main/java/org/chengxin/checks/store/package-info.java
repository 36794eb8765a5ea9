/** The measures file ({@code checks/measures.yaml}), read strictly. Hides Jackson. */
package org.chengxin.checks.store;
