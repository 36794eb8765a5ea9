/** The HTTP face of scoring: scheme validation against the national guardrails. */
package org.chengxin.scoring.web;
