/**
 * Benchmarks that run inside the product (figures for {@code ./chengxin bench}, never timed tests):
 * file import against raw COPY.
 */
package org.chengxin.bench;
