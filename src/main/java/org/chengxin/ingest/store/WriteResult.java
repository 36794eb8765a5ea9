package org.chengxin.ingest.store;

import java.util.List;
import org.chengxin.ingest.model.ItemError;

/**
 * What storing a chunk did: how many records were new, which references were already present with
 * identical content, and which reused a reference for different content (then nothing of the chunk
 * was written).
 */
public record WriteResult(int created, List<String> duplicates, List<ItemError> conflicts) {
  public static WriteResult refused(List<ItemError> conflicts) {
    return new WriteResult(0, List.of(), conflicts);
  }
}
