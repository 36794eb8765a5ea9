package org.chengxin.ingest.app;

import java.util.List;
import org.chengxin.ingest.model.ItemError;

/** What storing one chunk of a batch or file did. */
record ChunkResult(int created, List<String> duplicates, List<ItemError> errors) {}
