/** The HTTP face of ingest: single and batch submissions, answered with counts or problems. */
package org.chengxin.ingest.web;
