/**
 * Check use cases: the measures catalog (checked against the guardrails at start), relying-party
 * registration, and checking a subject for one purpose with every check logged.
 */
package org.chengxin.checks.app;
