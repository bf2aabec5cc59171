package wjw.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.IModelTransformer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import wjw.index.Dimension;
import wjw.index.Dimensions;
import wjw.search.ExportFormat;
import wjw.search.ExportWriter;
import wjw.search.FacetValue;
import wjw.search.Hit;
import wjw.search.LuceneSearchService;
import wjw.search.RequestLimits;
import wjw.search.SearchMode;
import wjw.search.SearchRequest;
import wjw.semantic.Embedder;
import wjw.search.SearchResult;
import wjw.search.SortOrder;

/** {@code search}: runs one query from the command line, building the index from the seeds first if there is none. */
@Command(name = "search", mixinStandardHelpOptions = true, modelTransformer = SearchCommand.DimensionOptions.class,
    description = "Search the statements. A run of Chinese characters matches that literal string.")
final class SearchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin CorpusOptions corpus;

  @Option(names = "--sort", paramLabel = "ORDER", description = "relevance (the default for a query) or newest (newest"
      + " year first, then page and reading order; the order of a browse)")
  SortOrder sort;

  @Option(names = "--trend", paramLabel = "DIMENSION[,DIMENSION…]", description = "also count the hits by year × each"
      + " dimension named (${COMPLETION-CANDIDATES}) and print a table for each", completionCandidates = TrendDimensions.class)
  String trend;

  @Option(names = "--explain", description = "print how the query is understood (its clauses, the Lucene queries that"
      + " search and highlight, what is marked) instead of searching")
  boolean explain;

  @Option(names = "--from", defaultValue = "0", description = "skip this many hits (default: ${DEFAULT-VALUE})")
  int from;

  @Option(names = "--size", defaultValue = "10", description = "hits to show, 1..100 (default: ${DEFAULT-VALUE})")
  int size;

  @Option(names = "--json", description = "print the search service's result as JSON")
  boolean json;

  @Option(names = "--all", description = "write every hit (at most " + RequestLimits.MAX_EXPORT_ROWS
      + "), not a page, in the --format given; --from and --size do not apply")
  boolean all;

  @Option(names = "--format", paramLabel = "FORMAT", description = "with --all: csv or jsonl")
  ExportFormat format;

  @Option(names = "--bom", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = "CSV: start with a byte order mark so spreadsheets read it as UTF-8 (default: on; --no-bom for "
          + "programs that do not expect one)")
  boolean bom;

  @Option(names = "--out", paramLabel = "FILE", description = "with --all: write to this file (UTF-8) instead of"
      + " standard output")
  Path outFile;

  @Mixin RebuildOption rebuild;

  @Mixin SemanticOption semantic;

  @Option(names = "--mode", paramLabel = "MODE", converter = ModeConverter.class,
      description = "literal (default): the strings typed; semantic: the paragraphs nearest in meaning; hybrid: both,"
          + " fused by reciprocal rank. semantic and hybrid count and facet their candidates, not every match")
  SearchMode mode = SearchMode.LITERAL;

  @Parameters(arity = "0..*", paramLabel = "QUERY", description = "the query; several words mean AND")
  List<String> words = List.of();

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (all != (format != null) || (outFile != null && !all)) {
      throw new ParameterException(spec.commandLine(), "--all and --format csv|jsonl go together (and --out needs"
          + " them): --all --format csv writes every hit; without them a page of hits is shown (--json for JSON)");
    }
    if (all && trend != null) {
      throw new ParameterException(spec.commandLine(), "--trend counts with a page of hits, not with --all");
    }
    Map<Dimension, String> filters = new LinkedHashMap<>();
    for (Dimension d : Dimensions.ALL) {
      Object value = spec.findOption(DimensionOptions.option(d)).getValue();
      filters.put(d, value == null ? null : value.toString());
    }
    // --from and --size do not apply to --all: its request keeps the first page's bounds
    SearchRequest request = new SearchRequest(String.join(" ", words), filters, sort,
        trend == null ? List.of() : SearchRequest.trendDimensions(trend), all ? 0 : from,
        all ? SearchRequest.DEFAULT_SIZE : size, mode);
    try (LuceneSearchService service = IndexStartup.open(corpus.index, corpus.seeds, rebuild.rebuildIfBroken, LuceneSearchService.DEFAULT_TIME_LIMIT, why -> {
      err.println(why);
      ReindexCommand.print(err, semantic.apply(corpus.reindexer()).run(false), corpus.index);
    })) {
      if (mode != SearchMode.LITERAL) {
        Embedder model = SemanticOption.Model.embedder();
        model.awaitReady(); // one search from the command line: waiting for the model is what the user wants
        service.useQueryEncoder(model);
      }
      if (all) {
        export(service, request, out, err);
        return 0;
      }
      if (explain) {
        QueryExplanation.print(out, service.explain(request));
        out.flush();
        return 0;
      }
      SearchResult result = service.search(request);
      if (json) {
        out.println(Json.MAPPER.writeValueAsString(result));
      } else {
        print(out, result, System.console() != null);
      }
    }
    out.flush();
    return 0;
  }

  /** Reads --mode as the API does, so a bad value names the modes. */
  static final class ModeConverter implements picocli.CommandLine.ITypeConverter<SearchMode> {
    @Override
    public SearchMode convert(String value) {
      try {
        return SearchMode.parse(value);
      } catch (IllegalArgumentException e) {
        throw new picocli.CommandLine.TypeConversionException("--mode " + e.getMessage());
      }
    }
  }

  /** Every hit as CSV or JSON Lines, to --out or standard output; the count goes to standard error. */
  private void export(LuceneSearchService service, SearchRequest request, PrintWriter out, PrintWriter err)
      throws IOException {
    long rows;
    if (outFile == null) {
      rows = service.export(request, new ExportWriter(format, out, bom));
    } else {
      try (Writer file = Files.newBufferedWriter(outFile, StandardCharsets.UTF_8)) {
        rows = service.export(request, new ExportWriter(format, file, bom));
      }
    }
    err.printf("%d row%s written%s%n", rows, rows == 1 ? "" : "s", outFile == null ? "" : " to " + outFile);
  }

  static void print(PrintWriter out, SearchResult r, boolean ansi) {
    out.printf("%s: %d statement%s (%d ms)%s%n", r.query().isEmpty() ? "(all)" : r.query(), r.total(),
        r.total() == 1 ? "" : "s", r.tookMs(), r.mode() == null ? "" : ", mode " + r.mode());
    if (r.candidates() != null) {
      out.println("  (" + r.candidates().note() + ")");
    }
    int width = Dimensions.ALL.stream().mapToInt(d -> d.name().length()).max().orElse(0) + 1;
    for (Dimension d : Dimensions.ALL) {
      out.printf("  %-" + width + "s %s%n", d.name() + ":", facet(r.facets().of(d)));
    }
    r.trends().values().forEach(trend -> TrendTable.print(out, trend));
    int rank = r.from();
    for (Hit hit : r.hits()) {
      out.println();
      String officials = hit.officials().stream().map(o -> o.name() + "（" + o.title() + "）")
          .collect(Collectors.joining("、"));
      out.printf("%d. %s %s  %s%s%n", ++rank, orDash(hit.province()), hit.year() == null ? "" : hit.year(),
          officials.isEmpty() ? "(no officials)" : officials,
          hit.organization() == null ? "" : " · " + hit.organization());
      // a fused rank score is a small sum of 1 / (60 + rank): two decimals would show 0.02 for every hit
      out.printf("   %s · %s · score " + ("hybrid".equals(r.mode()) ? "%.4f" : "%.2f") + "%n", hit.id(),
          hit.article().headline() == null ? "" : hit.article().headline(), hit.score());
      if (hit.meaning() != null) {
        out.printf("   matched by meaning: paragraph %d, similarity %.3f%n", hit.meaning().paragraph(),
            hit.meaning().similarity());
      }
      for (String passage : hit.highlights()) {
        out.println("   … " + TerminalText.fromHighlight(passage, ansi));
      }
    }
    if (r.from() + r.hits().size() < r.total()) {
      out.printf("%nshowing %d–%d of %d; next page: --from %d%n", r.from() + 1, r.from() + r.hits().size(),
          r.total(), r.from() + r.size());
    }
  }

  private static String facet(List<FacetValue> values) {
    return values.isEmpty() ? "-"
        : values.stream().map(v -> v.value() + " " + v.count()).collect(Collectors.joining(" · "));
  }

  private static String orDash(String s) {
    return s == null ? "-" : s;
  }

  /** Adds one option per dimension of the registry ({@code --province}, {@code --year} …) to the command. */
  static final class DimensionOptions implements IModelTransformer {
    static String option(Dimension d) {
      return "--" + d.name();
    }

    @Override
    public CommandSpec transform(CommandSpec command) {
      for (Dimension d : Dimensions.ALL) {
        command.addOption(OptionSpec.builder(option(d))
            .type(d.valueType())
            .paramLabel(d.name().toUpperCase(Locale.ROOT))
            .description("only statements with this " + d.name() + " (" + d.label() + "): " + d.description())
            .build());
      }
      return command;
    }
  }

  /** The dimensions {@code --trend} may name, for its help. */
  static final class TrendDimensions implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Dimensions.trendable().stream().map(Dimension::name).iterator();
    }
  }
}
