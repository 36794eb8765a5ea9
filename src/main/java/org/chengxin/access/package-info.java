/**
 * Who is calling: API keys for machine clients (providers, administrators), their roles, and the
 * resolver that turns a request's key into a {@link org.chengxin.access.Caller}. Hides how keys are
 * generated and hashed.
 */
package org.chengxin.access;
