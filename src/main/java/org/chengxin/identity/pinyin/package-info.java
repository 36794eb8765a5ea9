/**
 * Romanises names into pinyin with ICU4J, implementing the model's {@code NameRomaniser}.
 *
 * <p>Hides the ICU transliterator ids, their pooling across threads and the per-character cache
 * that makes romanisation fast.
 */
package org.chengxin.identity.pinyin;
