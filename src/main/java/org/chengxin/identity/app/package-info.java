/** Identity use cases: registering subjects one by one or from a registry file, and relations. */
package org.chengxin.identity.app;
