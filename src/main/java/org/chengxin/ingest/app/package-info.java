/**
 * Ingest use cases: a provider's HTTP batch (all or nothing) and file import (whole or partial),
 * both idempotent on (provider, reference) and durable once acknowledged.
 */
package org.chengxin.ingest.app;
