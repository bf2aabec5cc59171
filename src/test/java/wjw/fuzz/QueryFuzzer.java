package wjw.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Test fixture: seeded queries in and around Lucene's classic syntax — soups of its alphabet (quotes, brackets,
 * field:, ~, *, ?, ^, AND/OR/NOT, -, +, \, /, TO), well-formed queries built from a small grammar, the README's
 * examples with characters inserted or deleted, odd Unicode, deep nesting, many clauses, words mixed with
 * punctuation as people type it, floods of fuzzy and wildcard words, and strings near and over the length limit.
 * Query n is the same on every run.
 */
public final class QueryFuzzer {
  private static final List<String> WORDS = List.of("医共体", "托育", "健康", "北京", "张波", "钟东波", "人工智能", "中医药",
      "卫生健康委", "党组书记、主任", "以人为本", "医", "体", "京", "5G", "ai", "and", "AND", "abc", "x", "2024", "2026", "0",
      "-1", "99999999999999999999", "1e10", "NaN", "null", "北京市", "内蒙古自治区", "全区");
  private static final List<String> FIELDS = List.of("text:", "title:", "headline:", "organization:", "province:", "year:",
      "official:", "foo:", "_default:", "_any:", "id:", "*:", ":", "text_words:", "TEXT:", "year :", "Year:");
  private static final List<String> SYNTAX = List.of("\"", "(", ")", "[", "]", "{", "}", " TO ", "TO", "~", "~1", "~2",
      "~0.5", "~-1", "~99", "^", "^2", "^-1", "^0", "^1e40", "*", "?", "\\", "/", "/.*/", ":", " AND ", " OR ", " NOT ",
      "&&", "||", "!", "+", "-", "*:*", "[* TO *]", "{2024 TO 2026]", "\\\\", "\\\"", "\\*", "\\:", "-*", "+-", "&", "|",
      "@", "#", "%", "<", ">", "=", "'", "`", "；", "：", "（", "）", "“", "”", "～", "＊", "？");
  /** Punctuation people type between words, alone or glued to them. */
  private static final List<String> PUNCTUATION = List.of("，", "。", "、", "；", "：", "！", "？", "…", "——", "·", "《", "》",
      "“", "”", "（", "）", ",", ".", ";", "!", "?", "-", "—", "·", "～", "【", "】", "「", "」");
  private static final String LATIN = "abcdefghijklmnopqrstuvwxyz0123456789";
  private static final List<String> SEPARATORS = List.of("", "", " ", " ", " ", "  ", "\t", "\n", "\u3000", "\u00A0");
  private static final List<String> EXAMPLES = List.of("托育 医共体", "托育 OR 医共体", "托育 -医共体", "托育 NOT 医共体",
      "\"健康中国\"", "year:2024 托育", "year:[2024 TO 2026] 人工智能", "province:京", "official:张波", "title:副主任",
      "headline:以人为本", "医共*", "5G", "ai*", "and~1", "医共体 AND (", "*体", "医*体", "/医.*/", "医共体~1", "foo:bar",
      "province:[a TO b]", "year:二〇二四", "(托育 OR 医共体) AND year:2026 -province:京", "text:\"医养结合\"~2^3");

  private final long seed;

  public QueryFuzzer(long seed) {
    this.seed = seed;
  }

  /** Query {@code number}, always the same for the same fuzzer seed. */
  public String query(long number) {
    Random random = new Random(seed * 0x9E3779B97F4A7C15L + number);
    int kind = random.nextInt(100);
    if (kind < 40) {
      return soup(random, 1 + random.nextInt(12));
    } else if (kind < 58) {
      return clauses(random, 3);
    } else if (kind < 65) {
      return flood(random);
    } else if (kind < 80) {
      return mutated(EXAMPLES.get(random.nextInt(EXAMPLES.size())), random);
    } else if (kind < 90) {
      StringBuilder s = new StringBuilder();
      for (int k = 1 + random.nextInt(30); k > 0; k--) {
        s.append(random.nextBoolean() ? OddText.any(random) : String.valueOf(OddText.han(random)));
      }
      return s.toString();
    } else if (kind < 95) {
      return extreme(random);
    }
    // near and over the 1,000-character limit
    String s = soup(random, 400);
    int length = 900 + random.nextInt(200);
    return s.length() >= length ? s.substring(0, length) : s + "医".repeat(length - s.length());
  }

  private static String soup(Random random, int tokens) {
    StringBuilder s = new StringBuilder();
    for (int k = 0; k < tokens; k++) {
      int pool = random.nextInt(10);
      s.append(pool < 3 ? pick(WORDS, random) : pool < 5 ? pick(FIELDS, random) : pool < 9 ? pick(SYNTAX, random)
          : OddText.any(random));
      s.append(pick(SEPARATORS, random));
    }
    return s.toString();
  }

  /** clause (AND|OR|space) clause ..., with prefixes, fields, suffixes and nesting. */
  private static String clauses(Random random, int depth) {
    List<String> parts = new ArrayList<>();
    for (int k = 1 + random.nextInt(4); k > 0; k--) {
      StringBuilder c = new StringBuilder();
      c.append(pick(List.of("", "", "", "+", "-", "NOT ", "!"), random));
      if (random.nextInt(3) == 0) {
        c.append(pick(FIELDS, random));
      }
      int term = random.nextInt(6);
      if (term == 0 && depth > 0) {
        c.append('(').append(clauses(random, depth - 1)).append(')');
      } else if (term == 1) {
        c.append('"').append(pick(WORDS, random)).append(' ').append(pick(WORDS, random)).append('"');
      } else if (term == 2) {
        c.append(random.nextBoolean() ? '[' : '{').append(pick(WORDS, random)).append(" TO ")
            .append(pick(WORDS, random)).append(random.nextBoolean() ? ']' : '}');
      } else {
        c.append(pick(WORDS, random));
      }
      c.append(pick(List.of("", "", "", "*", "?", "~", "~1", "~2", "^2", "^0.5", "~3^4"), random));
      parts.add(c.toString());
    }
    StringBuilder q = new StringBuilder(parts.get(0));
    for (int i = 1; i < parts.size(); i++) {
      q.append(pick(List.of(" ", " AND ", " OR ", " && ", " || "), random)).append(parts.get(i));
    }
    return q.toString();
  }

  private static String mutated(String query, Random random) {
    StringBuilder s = new StringBuilder(query);
    for (int k = 1 + random.nextInt(3); k > 0; k--) {
      int at = random.nextInt(s.length() + 1);
      if (random.nextBoolean() && at < s.length()) {
        s.deleteCharAt(at);
      } else {
        s.insert(at, random.nextBoolean() ? pick(SYNTAX, random) : OddText.any(random));
      }
    }
    return s.toString();
  }

  /**
   * What a hurried or hostile user sends: words with punctuation between them (alone, as a clause of
   * its own, or glued on), floods of short fuzzy words ({@code aa~ ab~ …}), of wildcard words
   * ({@code a* 1* b?c*}), and all of these mixed, mostly within the 1,000-character limit.
   */
  private static String flood(Random random) {
    int kind = random.nextInt(4);
    int words = 1 + random.nextInt(random.nextInt(5) == 0 ? 250 : 20);
    StringBuilder s = new StringBuilder();
    for (int k = 0; k < words; k++) {
      if (k > 0) {
        s.append(kind == 0 && random.nextBoolean() ? pick(PUNCTUATION, random) : " ");
      }
      int shape = kind == 3 ? random.nextInt(3) : kind;
      if (shape == 0) {
        String word = pick(WORDS, random);
        s.append(random.nextInt(3) == 0 ? pick(PUNCTUATION, random) + " " + word : word);
        if (random.nextInt(3) == 0) {
          s.append(' ').append(pick(PUNCTUATION, random));
        }
      } else if (shape == 1) {
        s.append(latin(random, 1 + random.nextInt(random.nextInt(4) == 0 ? 12 : 3)))
            .append(pick(List.of("~", "~", "~1", "~2", "~0", "~0.5"), random));
      } else {
        String pattern = latin(random, 1 + random.nextInt(3));
        s.append(random.nextInt(4) == 0 ? pattern + "?" + latin(random, 1) + "*" : pattern + "*");
      }
    }
    int limit = random.nextInt(10) == 0 ? 1_100 : 1_000;
    return s.length() > limit ? s.substring(0, limit) : s.toString();
  }

  private static String latin(Random random, int length) {
    StringBuilder s = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      s.append(LATIN.charAt(random.nextInt(random.nextInt(3) == 0 ? LATIN.length() : 26)));
    }
    return s.toString();
  }

  /** Shapes that stress the parser and the searcher: depth, breadth, long terms, many wildcards. */
  private static String extreme(Random random) {
    int n = 1 + random.nextInt(480);
    return switch (random.nextInt(9)) {
      case 0 -> "(".repeat(n) + "医共体" + ")".repeat(n);
      case 1 -> "(".repeat(n) + "医共体";
      case 2 -> "a OR ".repeat(Math.min(n, 199)) + "b";
      // a long a*a*… costs 0.1–0.5 s (automaton, highlighting): one in ten, enough to reach the determinize limit
      case 3 -> "a*".repeat(random.nextInt(10) == 0 ? n : 1 + n % 30);
      case 4 -> "abcdefghijklmnopqrstuvwxyz".repeat(2 + n / 26).substring(0, Math.min(990, 2 + n)) + "~2";
      case 5 -> "-".repeat(n) + "医";
      case 6 -> "\"" + "医".repeat(Math.min(n, 990)) + "\"~" + n;
      case 7 -> "year:[" + "9".repeat(Math.min(n, 30)) + " TO *]";
      default -> "托育 ".repeat(Math.min(n, 300)).strip();
    };
  }

  private static String pick(List<String> from, Random random) {
    return from.get(random.nextInt(from.size()));
  }
}
