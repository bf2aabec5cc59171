package wjw.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.EOFException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexNotFoundException;

/**
 * An index folder that exists but cannot be searched: the message names the folder and what is wrong
 * in one line, and {@link #rebuildable()} says whether building a new generation there would fix it.
 */
public final class BrokenIndexException extends IOException {
  private static final Pattern RESOURCE_PATH = Pattern.compile("path=\"([^\"]+)\"");

  private final boolean rebuildable;

  public BrokenIndexException(String message, boolean rebuildable) {
    super(message);
    this.rebuildable = rebuildable;
  }

  /** False when a reindex cannot write there either, e.g. the index path is a file. */
  public boolean rebuildable() {
    return rebuildable;
  }

  /** A live generation whose Lucene files could not be opened; {@code e} is what opening them threw. */
  public static BrokenIndexException unreadable(Path generation, Exception e) {
    return withCause(generation, generation.getFileName() + " " + luceneProblem(e), e);
  }

  /** A live generation whose {@code file} (manifest or catalog) could not be read. */
  static BrokenIndexException unreadable(Path generation, String file, Exception e) {
    String problem = switch (e) {
      case NoSuchFileException missing -> "is missing";
      case AccessDeniedException denied -> "may not be read by this user";
      case JsonProcessingException json -> "is not valid JSON: " + json.getOriginalMessage();
      default -> "cannot be read: " + e;
    };
    return withCause(generation, generation.getFileName() + "/" + file + " " + problem, e);
  }

  private static BrokenIndexException withCause(Path generation, String problem, Exception e) {
    String line = problem.replaceAll("\\s+", " ").trim(); // one line
    BrokenIndexException broken = new BrokenIndexException("index " + generation.getParent() + " is broken: " + line,
        true);
    broken.initCause(e);
    return broken;
  }

  private static String luceneProblem(Exception e) {
    // Lucene wraps a deleted file's NoSuchFileException in "Problem reading index": name the file instead
    for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
      if (c instanceof NoSuchFileException missing) {
        return luceneProblem(missing);
      }
    }
    return switch (e) {
      case NoSuchFileException missing -> "is missing its file " + name(missing.getFile());
      case AccessDeniedException denied -> "has a file this user may not read: " + name(denied.getFile());
      case IndexNotFoundException noCommit -> "has no Lucene commit: its segments_N file is missing";
      case FileNotFoundException missing -> "is missing a file: " + missing.getMessage();
      case IndexFormatTooNewException tooNew -> "has a file written by a newer Lucene than this wjw-search reads: "
          + fileIn(tooNew.getResourceDescription());
      case IndexFormatTooOldException tooOld -> "has a file written by an older Lucene than this wjw-search reads: "
          + fileIn(tooOld.getResourceDescription());
      case CorruptIndexException corrupt when corrupt.getCause() instanceof EOFException ->
          "has a truncated file " + fileIn(corrupt.getResourceDescription());
      case CorruptIndexException corrupt -> "has a corrupt file " + fileIn(corrupt.getResourceDescription()) + " ("
          + corrupt.getOriginalMessage() + ")";
      case EOFException truncated -> "has a truncated file: " + truncated.getMessage();
      default -> "cannot be opened: " + e;
    };
  }

  /** The file name in a Lucene resource description such as {@code MMapIndexInput(path="/i/gen-1/_0.cfs")}. */
  private static String fileIn(String resource) {
    Matcher m = RESOURCE_PATH.matcher(resource == null ? "" : resource);
    return m.find() ? name(m.group(1)) : String.valueOf(resource);
  }

  private static String name(String file) {
    return file == null ? "(unknown)" : Path.of(file).getFileName().toString();
  }
}
