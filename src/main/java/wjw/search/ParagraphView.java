package wjw.search;

import java.util.List;
import wjw.ingest.Attribution;

/**
 * A paragraph for display: its text as printed, its source lines, {@code html} (the text
 * HTML-escaped with query matches in {@code <mark>}) and why it stands under its statement.
 */
public record ParagraphView(String text, List<Integer> lines, String html, Attribution attribution) {}
