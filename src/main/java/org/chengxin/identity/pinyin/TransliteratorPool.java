package org.chengxin.identity.pinyin;

import com.ibm.icu.text.Transliterator;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Lends ICU transliterators one thread at a time. A shared instance serialises its callers inside
 * ICU, and one per thread costs milliseconds per virtual thread; a pool grows to the peak
 * concurrency and no further.
 */
final class TransliteratorPool {
  private final String id;
  private final Queue<Transliterator> idle = new ConcurrentLinkedQueue<>();

  /** Creates the first instance at once, so an unknown id fails at start-up. */
  TransliteratorPool(String id) {
    this.id = id;
    idle.add(Transliterator.getInstance(id));
  }

  String transliterate(String text) {
    Transliterator transliterator = idle.poll();
    if (transliterator == null) {
      transliterator = Transliterator.getInstance(id);
    }
    try {
      return transliterator.transliterate(text);
    } finally {
      idle.offer(transliterator);
    }
  }
}
