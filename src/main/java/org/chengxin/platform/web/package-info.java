/**
 * Web plumbing shared by every capability: the single problem+json mapping (RFC 9457) with stable
 * {@code /problems/<slug>} types, and the exceptions handlers throw for 400 and 404.
 */
package org.chengxin.platform.web;
