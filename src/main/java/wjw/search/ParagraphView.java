package wjw.search;

import java.util.List;

/** A paragraph for display: its text as printed, its source lines, and {@code html}: the text HTML-escaped with query matches in {@code <mark>}. */
public record ParagraphView(String text, List<Integer> lines, String html) {}
