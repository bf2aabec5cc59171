package wjw.opensearch;

import java.io.IOException;
import java.util.Locale;
import org.opensearch.client.opensearch._types.ErrorCause;
import org.opensearch.client.opensearch._types.OpenSearchException;
import org.opensearch.client.transport.httpclient5.ResponseException;
import wjw.search.BackendUnavailableException;
import wjw.search.QueryRejectedException;

/**
 * What a failed request to the cluster means for the client of wjw-search, in one place: a query the
 * cluster refuses as too large (more clauses than its ceiling) is the client's to fix (400, as the
 * embedded engine refuses it); everything else — unreachable, overloaded, red, no index — is the
 * backend's, answered 503 {@code backend_unavailable} with a one-line reason and no stack trace.
 */
final class ClusterErrors {
  private ClusterErrors() {}

  /** The exception to throw for {@code failure} of the request described by {@code doing} (e.g. "searching"). */
  static RuntimeException of(String doing, String where, Throwable failure) {
    if (failure instanceof OpenSearchException e) {
      String type = rootType(e);
      if (type.contains("too_many_clauses") || type.contains("too_many_nested_clauses")) {
        return new QueryRejectedException("q", "the query, its fuzzy (~) and wildcard (*, ?) words expanded, has more"
            + " clauses than the cluster allows per request (indices.query.bool.max_clause_count); use fewer of"
            + " them, or longer words before the * or ~");
      }
      if (e.status() == 404 && type.contains("index_not_found")) {
        return new BackendUnavailableException("OpenSearch at " + where + " has no wjw-search index (" + reason(e)
            + "); build one with: wjw-search reindex --opensearch " + where, e);
      }
      return new BackendUnavailableException("OpenSearch at " + where + " failed while " + doing + " (HTTP "
          + e.status() + " " + type + ": " + reason(e) + ")", e);
    }
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof ResponseException answer) {
        return new BackendUnavailableException("OpenSearch at " + where + " failed while " + doing + " (HTTP "
            + answer.status() + ")", failure);
      }
    }
    Throwable root = failure;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return new BackendUnavailableException("OpenSearch at " + where + " did not answer while " + doing + ": "
        + root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + firstLine(root.getMessage())),
        failure);
  }

  /** For the reindex, which reports I/O failures: the cluster's refusal as an IOException with its reason. */
  static IOException asIo(String doing, OpenSearchException e) {
    return new IOException("OpenSearch failed while " + doing + " (HTTP " + e.status() + " " + rootType(e) + ": "
        + reason(e) + ")", e);
  }

  private static String rootType(OpenSearchException e) {
    ErrorCause cause = e.error();
    StringBuilder types = new StringBuilder(cause.type() == null ? "" : cause.type());
    if (cause.rootCause() != null) {
      cause.rootCause().forEach(c -> types.append(' ').append(c.type()));
    }
    if (cause.causedBy() != null) {
      types.append(' ').append(cause.causedBy().type());
    }
    return types.toString().toLowerCase(Locale.ROOT).trim();
  }

  private static String reason(OpenSearchException e) {
    ErrorCause cause = e.error();
    String reason = cause.reason();
    if (cause.rootCause() != null && !cause.rootCause().isEmpty() && cause.rootCause().get(0).reason() != null) {
      reason = cause.rootCause().get(0).reason();
    }
    return reason == null ? "no reason given" : firstLine(reason);
  }

  private static String firstLine(String s) {
    int end = s.indexOf('\n');
    return end < 0 ? s : s.substring(0, end);
  }
}
