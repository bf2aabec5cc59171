package wjw.ingest.model;

/**
 * The fate of one non-blank source line: its 1-based number, the text as printed, its role and,
 * for statement text, the id of the statement it went to (null otherwise).
 */
public record SourceLine(int number, String text, LineRole role, String statementId) {}
