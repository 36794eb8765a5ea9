/** The HTTP face of the catalog: public reads, policy-administrator changes, refusals as 422. */
package org.chengxin.catalog.web;
