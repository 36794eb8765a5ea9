/**
 * The deterministic synthetic city used by the demo, the tests and the benchmarks: a registry of
 * persons and organisations with valid codes, their relations, and years of provider record files
 * at realistic rates. No real person's data is ever needed. Hides the rate table and the seeding
 * scheme.
 */
package org.chengxin.synth;
