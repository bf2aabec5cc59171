package wjw.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.nio.file.Files;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import wjw.ingest.ArticleFile;
import wjw.ingest.ArticleReader;
import wjw.ingest.corrections.Corrections;
import wjw.ingest.corrections.CorrectionsException;
import wjw.ingest.decode.BadArticleException;
import wjw.ingest.model.Article;
import wjw.ingest.model.Attribution;
import wjw.ingest.model.LineRole;
import wjw.ingest.model.Official;
import wjw.ingest.model.Paragraph;
import wjw.ingest.model.SourceLine;
import wjw.ingest.model.Statement;

/** {@code segment}: shows how article files split into statements, for review; nothing is indexed. */
@Command(name = "segment", mixinStandardHelpOptions = true,
    description = "Print the articles, statements and paragraphs found in FILEs (nothing is indexed).")
final class SegmentCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--json", description = "print JSON instead of the review view")
  boolean json;

  @Option(names = "--lines", description = "also list every non-blank source line with its role")
  boolean lines;

  @Option(names = "--corrections", paramLabel = "FILE",
      description = "curator corrections to apply (default: corrections.json beside each FILE, if present)")
  Path corrections;

  /** Readers by corrections file already read, so a folder's file is read once. */
  private final Map<Path, ArticleReader> readers = new HashMap<>();

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "article files")
  List<Path> files;

  /** The --json document: the articles that could be read. */
  record Output(List<Article> articles) {}

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<Article> articles = new ArrayList<>();
    boolean failed = false;
    ArticleReader reader = new ArticleReader();
    for (Path file : files) {
      try {
        ArticleFile read = readerFor(file, reader).read(file);
        read.correctionWarnings().forEach(w -> err.println("warning  " + w));
        Article article = read.article();
        articles.add(article);
        if (!json) {
          printArticle(out, article, read.charset());
        }
      } catch (BadArticleException e) {
        err.println("wjw-search segment: " + e.getMessage());
        failed = true;
      }
    }
    if (json) {
      out.println(Json.MAPPER.writeValueAsString(new Output(articles)));
    }
    out.flush();
    err.flush();
    return failed ? CliErrors.FAILED : 0;
  }

  /** The reader applying --corrections, or the corrections beside {@code file} if there are any. */
  private ArticleReader readerFor(Path file, ArticleReader plain) throws CorrectionsException {
    Path path = corrections != null ? corrections : file.toAbsolutePath().resolveSibling(Corrections.FILE_NAME);
    if (corrections == null && !Files.exists(path)) {
      return plain;
    }
    Path key = path.toAbsolutePath().normalize();
    ArticleReader reader = readers.get(key);
    if (reader == null) {
      reader = plain.withCorrections(Corrections.load(path));
      readers.put(key, reader);
    }
    return reader;
  }

  private void printArticle(PrintWriter out, Article a, String charset) {
    out.printf("== %s  (id %s, year %s%s, %s)%n", a.source(), a.id(), a.year() == null ? "?" : a.year(),
        a.date() == null ? "" : ", date " + a.date(), charset);
    out.printf("headline   %s%n", a.headline() == null ? "(none)" : a.headline());
    out.printf("lead       %s%n", a.lead().isEmpty() ? "(none)" : a.lead().replace("\n", "\n           "));
    out.printf("reporters  %s%n", a.reporters().isEmpty() ? "(none)" : String.join(", ", a.reporters()));
    for (String note : a.notes()) {
      out.printf("note       %s%n", note);
    }
    out.printf("statements %d%n", a.statements().size());
    for (Statement s : a.statements()) {
      out.println();
      out.printf("[%s]  %s · %s%n", s.id(), orDash(s.province()), orDash(s.organization()));
      for (Official o : s.officials()) {
        out.printf("    %s · %s%n", o.name(), o.title());
      }
      for (Paragraph p : s.paragraphs()) {
        Attribution why = p.attribution();
        out.printf("  lines %s  · %s%s: %s%n    %s%s%n",
            p.lines().stream().map(String::valueOf).collect(Collectors.joining(",")), why.rule(),
            why.confidence().equals(Attribution.HIGH) ? "" : " (" + why.confidence() + ")", why.evidence(),
            p.subtitle() ? "[subtitle] " : "", p.text());
      }
    }
    out.println();
    out.println("source lines: " + roleCounts(a.lines()));
    out.printf("page furniture in no statement: %,d characters%n", a.furnitureChars());
    if (lines) {
      for (SourceLine line : a.lines()) {
        out.printf("%5d  %-9s %-24s %s%n", line.number(), line.role(),
            line.statementId() == null ? "" : line.statementId(), line.text());
      }
    }
    out.println();
  }

  private static String roleCounts(List<SourceLine> lines) {
    Map<LineRole, Integer> counts = new EnumMap<>(LineRole.class);
    lines.forEach(l -> counts.merge(l.role(), 1, Integer::sum));
    return lines.size() + " non-blank (" + counts.entrySet().stream()
        .map(e -> e.getValue() + " " + e.getKey().name().toLowerCase())
        .collect(Collectors.joining(", ")) + "); --lines lists each";
  }

  private static String orDash(String s) {
    return s == null ? "-" : s;
  }
}
