/**
 * Scoring (评价): published regional schemes as values, the national guardrails they must pass, and
 * the engine that turns a subject's active records into explained scores and ratings. Pure domain:
 * imports only java.* and other capabilities' models.
 */
package org.chengxin.scoring.model;
