/** Technical plumbing shared by the capabilities: store, web conventions and common beans. */
package org.chengxin.platform;
