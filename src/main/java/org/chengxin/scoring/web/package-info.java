/**
 * The HTTP face of scoring: schemes (validation, lifecycle, simulation), a subject's scores with
 * explanations and history, and full rescores with their progress.
 */
package org.chengxin.scoring.web;
