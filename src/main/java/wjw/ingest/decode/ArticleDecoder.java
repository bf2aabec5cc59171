package wjw.ingest.decode;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import wjw.ingest.text.TextUtil;

/**
 * Turns an article file into text: strict UTF-8 (BOM stripped), else strict GB18030 (which includes GBK and GB2312),
 * rejecting, with the reason, what is not a text page in one of them.
 */
public final class ArticleDecoder {

  /** Files larger than this are rejected unless a different limit is passed. */
  public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

  /** Share of control characters (other than tab, CR, LF, FF) above which a file is treated as binary. */
  static final double MAX_CONTROL_SHARE = 0.05;

  private static final Charset GB18030 = Charset.forName("GB18030");

  private ArticleDecoder() {}

  /** Decodes {@code file} with the default size limit of 20 MB. */
  public static DecodedText decode(Path file) throws BadArticleException {
    return decode(file, DEFAULT_MAX_BYTES);
  }

  /** Decodes {@code file}, rejecting it (with the reason) if missing, unreadable, too large, empty, binary or undecodable. */
  public static DecodedText decode(Path file, long maxBytes) throws BadArticleException {
    if (file == null) {
      throw new BadArticleException(Path.of(""), "no file given");
    }
    byte[] bytes = readBytes(file, maxBytes);
    return decodeBytes(file, bytes);
  }

  /** Decodes bytes already read from {@code file} (which only names the source in errors). */
  public static DecodedText decodeBytes(Path file, byte[] bytes) throws BadArticleException {
    if (bytes.length == 0) {
      throw new BadArticleException(file, "empty file");
    }
    String utf16 = EncodingClues.utf16Reason(bytes);
    if (utf16 != null) {
      throw new BadArticleException(file, utf16);
    }
    for (byte b : bytes) {
      if (b == 0) {
        throw new BadArticleException(file, "binary file (contains NUL bytes)");
      }
    }
    int offset = hasUtf8Bom(bytes) ? 3 : 0;
    String text = strictDecode(bytes, offset, StandardCharsets.UTF_8);
    String charset = "UTF-8";
    if (text == null) {
      String damaged = EncodingClues.damagedUtf8Reason(bytes, offset);
      if (damaged != null) {
        throw new BadArticleException(file, damaged);
      }
      text = strictDecode(bytes, 0, GB18030);
      charset = "GB18030";
      String other = text == null ? null : EncodingClues.notGb18030Reason(text);
      if (other != null) {
        throw new BadArticleException(file, other);
      }
    }
    if (text == null) {
      // Undecodable bytes that are mostly control codes are binary, not a mis-encoded page.
      if (controlShareOfBytes(bytes) > MAX_CONTROL_SHARE) {
        throw new BadArticleException(file, "binary file");
      }
      throw new BadArticleException(file, "not valid UTF-8 or GB18030 text");
    }
    if (controlShare(text) > MAX_CONTROL_SHARE) {
      throw new BadArticleException(file, "binary file");
    }
    if (isBlank(text)) {
      throw new BadArticleException(file, "empty file");
    }
    return new DecodedText(text, charset);
  }

  private static byte[] readBytes(Path file, long maxBytes) throws BadArticleException {
    try {
      if (!Files.exists(file)) {
        throw new BadArticleException(file, "file not found");
      }
      if (Files.isDirectory(file)) {
        throw new BadArticleException(file, "a folder, not a file");
      }
      if (!Files.isRegularFile(file)) {
        throw new BadArticleException(file, "not a regular file");
      }
      if (!Files.isReadable(file)) {
        throw new BadArticleException(file, "file not readable (permission denied)");
      }
      long size = Files.size(file);
      if (size > maxBytes) {
        throw new BadArticleException(file, "file too large (" + size + " bytes, limit " + maxBytes + ")");
      }
      byte[] bytes = Files.readAllBytes(file);
      // The file may have grown between the size check and the read.
      if (bytes.length > maxBytes) {
        throw new BadArticleException(file, "file too large (" + bytes.length + " bytes, limit " + maxBytes + ")");
      }
      return bytes;
    } catch (NoSuchFileException e) {
      throw new BadArticleException(file, "file not found");
    } catch (AccessDeniedException e) {
      throw new BadArticleException(file, "file not readable (permission denied)");
    } catch (IOException | SecurityException e) {
      throw new BadArticleException(file, "cannot read file: " + e.getMessage());
    } catch (OutOfMemoryError e) {
      throw new BadArticleException(file, "file too large to read");
    }
  }

  private static boolean hasUtf8Bom(byte[] b) {
    return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
  }

  /** Decodes or returns null: malformed or unmappable input must not be silently replaced. */
  private static String strictDecode(byte[] bytes, int offset, Charset cs) {
    try {
      return cs.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static boolean isBadControl(int c) {
    // control characters all lie in these two ranges; asking the Unicode tables only there keeps the scan cheap
    return (c < 0x20 || (c >= 0x7F && c <= 0x9F))
        && Character.getType(c) == Character.CONTROL && c != '\t' && c != '\r' && c != '\n' && c != '\f';
  }

  static double controlShare(String text) {
    if (text.isEmpty()) {
      return 0;
    }
    long controls = 0;
    for (int i = 0; i < text.length(); i++) {
      controls += isBadControl(text.charAt(i)) ? 1 : 0;
    }
    return (double) controls / text.length();
  }

  /** Nothing but whitespace ({@link TextUtil#trim} would leave nothing), without copying the text. */
  private static boolean isBlank(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (!TextUtil.isSpace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static double controlShareOfBytes(byte[] bytes) {
    long controls = 0;
    for (byte b : bytes) {
      int c = b & 0xFF;
      if (c < 0x20 || c == 0x7F) {
        controls += isBadControl(c) ? 1 : 0;
      }
    }
    return (double) controls / bytes.length;
  }
}
