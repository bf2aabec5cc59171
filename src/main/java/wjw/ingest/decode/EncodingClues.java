package wjw.ingest.decode;

/** Clues from the bytes of a file that is not valid UTF-8, so its rejection can say what it is and how to fix it. */
final class EncodingClues {
  /**
   * A file with at least this many valid UTF-8 multi-byte sequences per run of invalid bytes is damaged UTF-8, not
   * GB18030: the GBK-encoded seed pages give about one valid sequence (by accident) per run.
   */
  static final int UTF8_SEQUENCES_PER_BAD_RUN = 10;

  /** Share of non-ASCII characters in the private-use area above which GB18030 is the wrong guess. */
  static final double MAX_PRIVATE_USE_SHARE = 0.01;

  private EncodingClues() {}

  /**
   * Names UTF-16 and UTF-32 text, by byte-order mark or by NUL bytes at every other position, so the user learns how
   * to fix it rather than reading "binary file"; null for anything else.
   */
  static String utf16Reason(byte[] b) {
    String fix = ": only UTF-8 and GB18030 are read; save the file as UTF-8";
    if (b.length >= 4 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE && b[2] == 0 && b[3] == 0
        || b.length >= 4 && b[0] == 0 && b[1] == 0 && (b[2] & 0xFF) == 0xFE && (b[3] & 0xFF) == 0xFF) {
      return "UTF-32 text (byte-order mark)" + fix;
    }
    if (b.length >= 2 && ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE
        || (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF)) {
      return "UTF-16 text (byte-order mark)" + fix;
    }
    int[] nulsAt = new int[2];
    for (int i = 0; i < b.length; i++) {
      if (b[i] == 0) {
        nulsAt[i & 1]++;
      }
    }
    // ASCII characters (line breaks at least) put their NUL at one parity; the few Chinese characters ending in 00
    // (一 is U+4E00) put theirs at the other. Binary data scatters NULs over both alike.
    int many = Math.max(nulsAt[0], nulsAt[1]);
    int few = Math.min(nulsAt[0], nulsAt[1]);
    if (b.length % 2 == 0 && many >= Math.max(2, b.length / 40) && few * 4 <= many) {
      return "UTF-16 text without a byte-order mark" + fix;
    }
    return null;
  }

  /**
   * Names text that decoded as GB18030 but is in another encoding: Big5 bytes are valid GBK, yet about a third of
   * their characters land in the private-use area, where the seed pages have none; null when it looks like GB18030.
   */
  static String notGb18030Reason(String text) {
    if (privateUseShare(text) <= MAX_PRIVATE_USE_SHARE) {
      return null;
    }
    return "not valid UTF-8, and as GB18030 it decodes to private-use characters (another encoding, such as Big5?)";
  }

  private static double privateUseShare(String text) {
    long nonAscii = 0;
    long privateUse = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x80) {
        nonAscii++;
        if (Character.getType(c) == Character.PRIVATE_USE) {
          privateUse++;
        }
      }
    }
    return nonAscii == 0 ? 0 : (double) privateUse / nonAscii;
  }

  /**
   * Names UTF-8 text with a few invalid bytes (a truncated or corrupted copy), which would otherwise decode as
   * GB18030 nonsense; null when the bytes do not look like UTF-8.
   */
  static String damagedUtf8Reason(byte[] b, int offset) {
    int valid = 0;
    int bad = 0;
    int firstBad = -1;
    int lastBad = -2;
    int i = offset;
    while (i < b.length) {
      int c = b[i] & 0xFF;
      int length = c < 0x80 ? 0 : c >= 0xC2 && c <= 0xDF ? 1 : c >= 0xE0 && c <= 0xEF ? 2 : c >= 0xF0 && c <= 0xF4 ? 3 : -1;
      if (length == 0) {
        i++;
      } else if (length > 0 && continues(b, i, length)) {
        valid++;
        i += length + 1;
      } else {
        bad += i == lastBad + 1 ? 0 : 1; // a run of bad bytes is one damaged place
        firstBad = firstBad < 0 ? i : firstBad;
        lastBad = i;
        i++;
      }
    }
    if (bad == 0 || valid < (long) bad * UTF8_SEQUENCES_PER_BAD_RUN) {
      return null;
    }
    return "damaged UTF-8: " + bad + (bad == 1 ? " invalid byte sequence" : " invalid byte sequences") + ", the first on line "
        + lineOf(b, firstBad) + " (byte " + firstBad + ")";
  }

  private static boolean continues(byte[] b, int lead, int length) {
    if (lead + length >= b.length) {
      return false;
    }
    int first = b[lead] & 0xFF;
    int second = b[lead + 1] & 0xFF;
    // the second byte's range is narrower after these leads: no overlong forms, surrogates or code points > U+10FFFF
    int low = first == 0xE0 ? 0xA0 : first == 0xF0 ? 0x90 : 0x80;
    int high = first == 0xED ? 0x9F : first == 0xF4 ? 0x8F : 0xBF;
    if (second < low || second > high) {
      return false;
    }
    for (int k = 2; k <= length; k++) {
      int c = b[lead + k] & 0xFF;
      if (c < 0x80 || c > 0xBF) {
        return false;
      }
    }
    return true;
  }

  private static int lineOf(byte[] b, int position) {
    int line = 1;
    for (int i = 0; i < position; i++) {
      // CRLF counts once, a lone CR as a break, as the segmenter reads them
      if (b[i] == '\n' || b[i] == '\r' && (i + 1 >= b.length || b[i + 1] != '\n')) {
        line++;
      }
    }
    return line;
  }
}
