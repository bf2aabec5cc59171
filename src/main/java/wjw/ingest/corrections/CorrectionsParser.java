package wjw.ingest.corrections;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import wjw.ingest.corrections.Corrections.Correction;
import wjw.ingest.corrections.Corrections.FixOfficial;
import wjw.ingest.corrections.Corrections.Move;
import wjw.ingest.corrections.Corrections.SetFields;
import wjw.ingest.text.TextUtil;

/** Reads and validates a corrections document strictly, so a typo fails loudly instead of silently doing nothing. */
final class CorrectionsParser {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
  private static final Set<String> ENTRY_KEYS = Set.of("article", "note", "move", "official", "name", "title", "set");
  private static final Set<String> MOVE_KEYS = Set.of("paragraph", "lines", "to", "after");
  private static final Set<String> SET_KEYS = Set.of("year", "date", "source");
  static final int MIN_YEAR = 1900;
  static final int MAX_YEAR = 2100;

  private final String label;

  CorrectionsParser(String label) {
    this.label = label;
  }

  List<Correction> parse(String json) throws CorrectionsException {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new CorrectionsException(label + ": not valid JSON: " + e.getOriginalMessage()
          + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
              + e.getLocation().getColumnNr() + ")"));
    }
    if (root == null || !root.isObject()) {
      throw new CorrectionsException(label + ": must be a JSON object {\"corrections\": [...]}");
    }
    for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!key.equals("corrections")) {
        throw new CorrectionsException(label + ": unknown key \"" + key + "\" (only \"corrections\" is allowed)");
      }
    }
    JsonNode list = root.get("corrections");
    if (list == null || !list.isArray()) {
      throw new CorrectionsException(label + ": \"corrections\" must be an array, got " + type(list));
    }
    List<Correction> corrections = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      corrections.add(entry(i + 1, list.get(i)));
    }
    return corrections;
  }

  private Correction entry(int n, JsonNode e) throws CorrectionsException {
    if (!e.isObject()) {
      throw fail(n, "must be an object, got " + type(e));
    }
    checkKeys(n, e, ENTRY_KEYS, "");
    String article = requiredString(n, e, "article", "");
    String note = optionalString(n, e, "note", "");
    List<String> kinds = new ArrayList<>();
    for (String kind : List.of("move", "official", "set")) {
      if (e.has(kind)) {
        kinds.add("\"" + kind + "\"");
      }
    }
    if (kinds.size() != 1) {
      throw fail(n, kinds.isEmpty()
          ? "needs one of \"move\", \"official\" or \"set\""
          : "has " + String.join(" and ", kinds) + "; give one per entry");
    }
    if (!e.has("official") && (e.has("name") || e.has("title"))) {
      throw fail(n, "\"" + (e.has("name") ? "name" : "title") + "\" is only allowed with \"official\"");
    }
    if (e.has("move")) {
      return move(n, article, note, e.get("move"));
    }
    if (e.has("official")) {
      String official = requiredString(n, e, "official", "");
      String name = optionalString(n, e, "name", "");
      String title = optionalString(n, e, "title", "");
      if (name == null && title == null) {
        throw fail(n, "\"official\" needs \"name\" or \"title\" (or both)");
      }
      return new FixOfficial(n, article, note, official, name, title);
    }
    return set(n, article, note, e.get("set"));
  }

  private Move move(int n, String article, String note, JsonNode m) throws CorrectionsException {
    if (!m.isObject()) {
      throw fail(n, "\"move\" must be an object, got " + type(m));
    }
    checkKeys(n, m, MOVE_KEYS, "move.");
    if (m.has("paragraph") == m.has("lines")) {
      throw fail(n, "\"move\" needs exactly one of \"paragraph\" or \"lines\"");
    }
    String paragraph = optionalString(n, m, "paragraph", "move.");
    Integer first = null;
    Integer last = null;
    if (m.has("lines")) {
      JsonNode lines = m.get("lines");
      if (!lines.isArray() || lines.size() != 2 || !lines.get(0).canConvertToInt() || !lines.get(0).isIntegralNumber()
          || !lines.get(1).isIntegralNumber() || !lines.get(1).canConvertToInt()) {
        throw fail(n, "\"move.lines\" must be [first, last], two line numbers, got " + lines);
      }
      first = lines.get(0).intValue();
      last = lines.get(1).intValue();
      if (first < 1 || last < first) {
        throw fail(n, "\"move.lines\" must be [first, last] with 1 <= first <= last, got " + lines);
      }
    }
    String to = requiredString(n, m, "to", "move.");
    String after = optionalString(n, m, "after", "move.");
    return new Move(n, article, note, paragraph, first, last, to, after);
  }

  private SetFields set(int n, String article, String note, JsonNode s) throws CorrectionsException {
    if (!s.isObject()) {
      throw fail(n, "\"set\" must be an object, got " + type(s));
    }
    checkKeys(n, s, SET_KEYS, "set.");
    if (s.isEmpty()) {
      throw fail(n, "\"set\" needs \"year\", \"date\" or \"source\"");
    }
    Integer year = null;
    if (s.has("year")) {
      JsonNode y = s.get("year");
      if (!y.isIntegralNumber() || !y.canConvertToInt()) {
        throw fail(n, "\"set.year\" must be an integer, got " + type(y));
      }
      year = y.intValue();
      if (year < MIN_YEAR || year > MAX_YEAR) {
        throw fail(n, "\"set.year\" must be between " + MIN_YEAR + " and " + MAX_YEAR + ", got " + year);
      }
    }
    String date = optionalString(n, s, "date", "set.");
    if (date != null) {
      try {
        if (!date.matches("\\d{4}-\\d{2}-\\d{2}")) {
          throw new DateTimeParseException("not yyyy-MM-dd", date, 0);
        }
        LocalDate.parse(date); // ISO_LOCAL_DATE is strict: 2024-02-30 is refused
      } catch (DateTimeParseException ex) {
        throw fail(n, "\"set.date\" must be a date yyyy-MM-dd, got \"" + date + "\"");
      }
    }
    String source = optionalString(n, s, "source", "set.");
    return new SetFields(n, article, note, year, date, source);
  }

  private void checkKeys(int n, JsonNode node, Set<String> allowed, String prefix) throws CorrectionsException {
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!allowed.contains(key)) {
        throw fail(n, "unknown key \"" + prefix + key + "\" (allowed: " + String.join(", ", allowed.stream().sorted().toList()) + ")");
      }
    }
  }

  private String requiredString(int n, JsonNode node, String key, String prefix) throws CorrectionsException {
    String value = optionalString(n, node, key, prefix);
    if (value == null) {
      throw fail(n, "missing \"" + prefix + key + "\"");
    }
    return value;
  }

  /** The trimmed string under key, null when absent; an empty or non-string value is an error. */
  private String optionalString(int n, JsonNode node, String key, String prefix) throws CorrectionsException {
    JsonNode value = node.get(key);
    if (value == null) {
      return null;
    }
    if (!value.isTextual()) {
      throw fail(n, "\"" + prefix + key + "\" must be a string, got " + type(value));
    }
    String text = TextUtil.trim(value.textValue());
    if (text.isEmpty()) {
      throw fail(n, "\"" + prefix + key + "\" must not be empty");
    }
    return text;
  }

  private CorrectionsException fail(int n, String what) {
    return new CorrectionsException(label + " #" + n + ": " + what);
  }

  private static String type(JsonNode node) {
    return node == null ? "nothing" : node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
  }
}
