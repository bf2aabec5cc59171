package wjw.semantic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.store.FSDirectory;
import wjw.bench.CorpusGenerator;
import wjw.index.Fields;
import wjw.index.ReindexReport;
import wjw.index.Reindexer;
import wjw.index.SemanticIndexing;
import wjw.index.VectorFields;
import wjw.search.LuceneSearchService;
import wjw.search.SearchMode;
import wjw.search.SearchRequest;

/**
 * The cost of search by meaning on a generated corpus (not a test: timing belongs outside the suite).
 * From the project folder, after {@code mvn package} and {@code mvn test-compile}:
 *
 * <pre>java -Xmx1g -cp target/wjw-search.jar:target/test-classes wjw.semantic.SemanticCost full 10000 /tmp/cost10k
 * java -Xmx1g -cp target/wjw-search.jar:target/test-classes wjw.semantic.SemanticCost literal 100000 /tmp/cost100k</pre>
 *
 * {@code full}: generates about STATEMENTS statements, reindexes without vectors, with vectors (empty
 * cache), and again with vectors (warm cache), then times every judged topic query in each mode.
 * {@code literal}: only the reindex without vectors, and counts the paragraphs (all and distinct) a
 * reindex with vectors would embed. Prints the load average before and after each step.
 */
public final class SemanticCost {
  static final int QUERY_ROUNDS = 5;

  public static void main(String[] args) throws Exception {
    boolean full = args[0].equals("full");
    int statements = Integer.parseInt(args[1]);
    Path dir = Path.of(args[2]);
    Path pages = dir.resolve("pages");
    if (!Files.isDirectory(pages)) {
      new CorpusGenerator(Path.of("seeds"), 1).write(pages, CorpusGenerator.articlesFor(statements));
    }
    say("corpus " + pages + ": " + countFiles(pages) + " pages");
    Path plain = dir.resolve("index-literal");
    ReindexReport literal = new Reindexer(pages, plain).run(true);
    say(String.format(Locale.ROOT, "reindex without vectors: %d statements in %.1f s (%.0f statements/s), index %s",
        literal.statements(), literal.seconds(), literal.statements() / literal.seconds(),
        mib(plain.resolve(literal.version()))));
    long[] counts = paragraphs(plain.resolve(literal.version()));
    say(String.format(Locale.ROOT, "paragraphs: %,d, distinct texts %,d (%.2f per statement)", counts[0], counts[1],
        counts[0] / (double) literal.statements()));
    if (!full) {
      return;
    }
    try (Embedder model = Embedder.startLoading()) {
      Path index = dir.resolve("index-semantic");
      Reindexer reindexer = new Reindexer(pages, index)
          .withSemantic(new SemanticIndexing(SemanticIndexing.Choice.ON, () -> model));
      long cpu = cpuNanos();
      ReindexReport first = reindexer.run(true);
      double cpuSeconds = (cpuNanos() - cpu) / 1e9;
      Path generation = index.resolve(first.version());
      say(String.format(Locale.ROOT, "reindex with vectors, empty cache: %.1f s (%.0f statements/s), process CPU %.0f s;"
              + " %s; index %s of which vectors %s; cache %s", first.seconds(), first.statements() / first.seconds(),
          cpuSeconds, first.vectors(), mib(generation), mib(generation.resolve(VectorFields.FOLDER)),
          mib(index.resolve("embeddings.cache"))));
      ReindexReport second = reindexer.run(true);
      say(String.format(Locale.ROOT, "reindex with vectors, warm cache: %.1f s (%.0f statements/s); %s", second.seconds(),
          second.statements() / second.seconds(), second.vectors()));
      List<String> queries = new ArrayList<>();
      for (String file : List.of("topics.tsv", "topics-literal.tsv")) {
        Files.readAllLines(Path.of("src/test/resources/wjw/relevance", file)).stream().filter(l -> !l.isBlank())
            .map(l -> l.split("\t")[1]).forEach(queries::add);
      }
      System.gc();
      say("heap used before opening the index: " + heapMiB() + " MiB, RSS " + rssMiB() + " MiB");
      try (LuceneSearchService service = LuceneSearchService.open(index).useQueryEncoder(model)) {
        for (SearchMode mode : SearchMode.values()) {
          service.search(SearchRequest.of(queries.get(0)).withMode(mode)); // warm-up
          double[] ms = new double[queries.size() * QUERY_ROUNDS];
          int i = 0;
          for (int round = 0; round < QUERY_ROUNDS; round++) {
            for (String q : queries) {
              long s = System.nanoTime();
              service.search(SearchRequest.of(q).withMode(mode));
              ms[i++] = (System.nanoTime() - s) / 1e6;
            }
          }
          Arrays.sort(ms);
          say(String.format(Locale.ROOT, "mode=%s: %d searches, p50 %.1f ms, p90 %.1f ms", mode.label(), ms.length,
              ms[ms.length / 2], ms[ms.length * 9 / 10]));
        }
        System.gc();
        say("heap used with the index open and the model loaded: " + heapMiB() + " MiB, RSS " + rssMiB() + " MiB");
      }
    }
  }

  /** All paragraphs with text, and the distinct texts among them: what a reindex with vectors embeds. */
  private static long[] paragraphs(Path generation) throws IOException {
    ObjectMapper json = new ObjectMapper();
    long all = 0;
    Set<String> distinct = new HashSet<>();
    try (FSDirectory d = FSDirectory.open(generation); DirectoryReader r = DirectoryReader.open(d)) {
      for (LeafReaderContext leaf : r.leaves()) {
        var stored = leaf.reader().storedFields();
        for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
          for (JsonNode p : json.readTree(stored.document(doc).get(Fields.PARAGRAPHS_JSON))) {
            String text = p.get("text").asText();
            if (!text.isBlank()) {
              all++;
              distinct.add(text);
            }
          }
        }
      }
    }
    return new long[] {all, distinct.size()};
  }

  private static void say(String line) throws IOException {
    System.out.printf("%s  [load %s]%n", line, Files.readString(Path.of("/proc/loadavg")).split(" 0*\\d+/")[0].trim());
    System.out.flush();
  }

  private static long countFiles(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.count();
    }
  }

  private static String mib(Path path) throws IOException {
    try (Stream<Path> s = Files.walk(path)) {
      long bytes = s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
      return String.format(Locale.ROOT, "%.1f MiB", bytes / 1048576.0);
    }
  }

  private static long heapMiB() {
    Runtime rt = Runtime.getRuntime();
    return (rt.totalMemory() - rt.freeMemory()) >> 20;
  }

  private static long rssMiB() throws IOException {
    return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmRSS:"))
        .map(l -> Long.parseLong(l.replaceAll("\\D", ""))).findFirst().orElse(-1L) >> 10;
  }

  private static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private SemanticCost() {}
}
