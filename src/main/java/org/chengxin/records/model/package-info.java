/**
 * Credit records as stored: immutable versions with provenance, chained by correction and
 * revocation. Pure domain: imports only java.*.
 */
package org.chengxin.records.model;
