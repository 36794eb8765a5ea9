/**
 * The measures' pure domain: what triggers a measure (a list, a rating, a record type), what it
 * does (a restriction or a rate), for which purpose, on what legal basis, and the domain guardrail
 * over them. Imports only java.* and other capabilities' models.
 */
package org.chengxin.checks.model;
