/** The HTTP face of checks: measures, relying parties, single and batch checks, the check log. */
package org.chengxin.checks.web;
