/**
 * Benchmarks that run inside the product (figures for {@code ./chengxin bench}, never timed tests):
 * file import against raw COPY, and full rescores of a large population.
 */
package org.chengxin.bench;
