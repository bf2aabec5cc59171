package wjw.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import wjw.search.SearchRequest;

/** One query of the mix: its kind (word, name, phrase, …) and the request, sent in-process or as a URL. */
public record BenchQuery(String kind, SearchRequest request) {

  /** The same request as {@code GET /api/search} parameters. */
  String pathAndQuery() {
    List<String> params = new ArrayList<>();
    add(params, "q", request.query());
    request.filters().forEach((dimension, value) -> add(params, dimension.name(), value));
    params.add("from=" + request.from());
    params.add("size=" + request.size());
    return "/api/search?" + String.join("&", params);
  }

  private static void add(List<String> params, String name, String value) {
    if (value != null && !value.isEmpty()) {
      params.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
    }
  }

  /** Readable form for the report: {@code [filter] q=托育 province=北京市}. */
  String describe() {
    StringBuilder s = new StringBuilder("[").append(kind).append("] q=")
        .append(request.query() == null || request.query().isEmpty() ? "(none)" : request.query());
    request.filters().forEach((dimension, value) -> s.append(' ').append(dimension.name()).append('=').append(value));
    if (request.from() > 0) {
      s.append(" from=").append(request.from());
    }
    return s.toString();
  }
}
