package wjw.ingest.corrections;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import wjw.ingest.corrections.Corrections.FixOfficial;
import wjw.ingest.corrections.Corrections.Move;
import wjw.ingest.corrections.Corrections.SetFields;
import wjw.ingest.model.Article;
import wjw.ingest.model.Attribution;
import wjw.ingest.model.Official;
import wjw.ingest.model.Paragraph;
import wjw.ingest.model.SourceLine;
import wjw.ingest.model.Statement;
import wjw.ingest.text.TextUtil;

/**
 * A mutable copy of an article that corrections edit in place; each edit returns null when done or
 * a short description of why it did not match (the caller turns it into a warning).
 */
final class ArticleDraft {
  private final Article original;
  private Integer year;
  private String date;
  private String source;
  private final List<StatementDraft> statements = new ArrayList<>();
  /** Source line number → statement id, for lines whose paragraph moved. */
  private final Map<Integer, String> movedLines = new HashMap<>();

  private static final class StatementDraft {
    final Statement original;
    final List<Official> officials;
    final List<Paragraph> paragraphs;

    StatementDraft(Statement s) {
      original = s;
      officials = new ArrayList<>(s.officials());
      paragraphs = new ArrayList<>(s.paragraphs());
    }

    boolean hasOfficial(String name) {
      return officials.stream().anyMatch(o -> o.name().equals(name));
    }
  }

  ArticleDraft(Article article) {
    original = article;
    year = article.year();
    date = article.date();
    source = article.source();
    article.statements().forEach(s -> statements.add(new StatementDraft(s)));
  }

  String move(Move m, String evidence) {
    StatementDraft target = statements.stream().filter(s -> s.hasOfficial(m.to())).findFirst().orElse(null);
    if (target == null) {
      return "no official " + m.to();
    }
    List<Paragraph> moving = new ArrayList<>();
    for (StatementDraft s : statements) {
      for (Paragraph p : s.paragraphs) {
        if (m.paragraph() != null ? startsWith(p, m.paragraph()) : hasLineIn(p, m.firstLine(), m.lastLine())) {
          moving.add(p);
        }
      }
    }
    if (moving.isEmpty()) {
      return m.paragraph() != null
          ? "no paragraph starting " + m.paragraph()
          : "no paragraph on lines " + m.firstLine() + "-" + m.lastLine();
    }
    if (m.paragraph() != null && moving.size() > 1) {
      // Moving all of them would likely take a paragraph the curator did not mean.
      return moving.size() + " paragraphs start with " + m.paragraph() + " (give more characters or \"lines\")";
    }
    int insertAt = target.paragraphs.size();
    if (m.after() != null) {
      int anchor = -1;
      for (int i = 0; i < target.paragraphs.size(); i++) {
        Paragraph p = target.paragraphs.get(i);
        if (!moving.contains(p) && startsWith(p, m.after())) {
          anchor = i;
          break;
        }
      }
      if (anchor < 0) {
        return "no paragraph starting " + m.after() + " in " + m.to() + "'s statement";
      }
      insertAt = anchor + 1;
      for (int i = 0; i < anchor; i++) {
        if (moving.contains(target.paragraphs.get(i))) {
          insertAt--; // removed below, before the anchor
        }
      }
    } else {
      insertAt -= (int) target.paragraphs.stream().filter(moving::contains).count();
    }
    for (StatementDraft s : statements) {
      s.paragraphs.removeIf(moving::contains);
    }
    Attribution attribution = new Attribution(Attribution.CORRECTION, evidence, Attribution.HIGH);
    List<Paragraph> moved = moving.stream().map(p -> new Paragraph(p.text(), p.lines(), attribution, p.role())).toList();
    target.paragraphs.addAll(insertAt, moved);
    moved.forEach(p -> p.lines().forEach(line -> movedLines.put(line, target.original.id())));
    return null;
  }

  String fixOfficial(FixOfficial f) {
    boolean found = false;
    for (StatementDraft s : statements) {
      for (int i = 0; i < s.officials.size(); i++) {
        Official o = s.officials.get(i);
        if (o.name().equals(f.official())) {
          s.officials.set(i, new Official(f.name() != null ? f.name() : o.name(),
              f.title() != null ? f.title() : o.title()));
          found = true;
        }
      }
    }
    return found ? null : "no official " + f.official();
  }

  String set(SetFields s) {
    if (s.year() != null) {
      year = s.year();
    }
    if (s.date() != null) {
      date = s.date();
    }
    if (s.source() != null) {
      source = s.source();
    }
    return null;
  }

  Article build() {
    Integer statementYear = year;
    boolean yearChanged = !java.util.Objects.equals(year, original.year());
    List<Statement> built = statements.stream()
        .map(d -> new Statement(d.original.id(), d.original.articleId(),
            yearChanged ? statementYear : d.original.year(), d.original.province(), d.original.organization(),
            d.officials, d.paragraphs))
        .toList();
    List<SourceLine> lines = original.lines().stream()
        .map(l -> movedLines.containsKey(l.number())
            ? new SourceLine(l.number(), l.text(), l.role(), movedLines.get(l.number()))
            : l)
        .toList();
    return new Article(source, original.id(), year, date, original.headline(), original.lead(), original.reporters(),
        built, lines, original.notes());
  }

  private static boolean startsWith(Paragraph p, String prefix) {
    return TextUtil.trim(p.text()).startsWith(prefix);
  }

  private static boolean hasLineIn(Paragraph p, int first, int last) {
    return p.lines().stream().anyMatch(l -> l >= first && l <= last);
  }
}
