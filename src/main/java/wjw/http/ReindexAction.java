package wjw.http;

import wjw.index.ReindexException;
import wjw.index.ReindexReport;

/** Rebuilds the index from the seeds and switches searches to it; injected so tests can stub it. */
@FunctionalInterface
public interface ReindexAction {
  ReindexReport reindex() throws ReindexException;
}
