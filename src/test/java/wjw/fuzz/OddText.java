package wjw.fuzz;

import java.util.List;
import java.util.Random;

/** Test fixture: the characters and strings a hostile or broken input is made of, drawn from a seeded {@link Random}. */
public final class OddText {
  /** Runs of other scripts and symbols: Latin, Cyrillic, Arabic (right-to-left), Korean, kana, emoji, CJK Ext B. */
  static final List<String> SCRIPTS = List.of("abc", "AND", "Zürich", "Привет", "مرحبا", "한국어", "カタカナ", "ひらがな",
      "😀", "👨‍👩‍👧", "𠀀𠀁", "ＡＢＣ１２３", "Ⅻ", "①②", "ℌ", "e\u0301", "\u05D0\u05D1", "ไทย", "∑∞", "½");

  /** Invisible and layout characters: zero-width, direction marks, BOM, line and paragraph separators. */
  static final List<String> INVISIBLE = List.of("\u200B", "\u200C", "\u200D", "\u200E", "\u200F", "\u202E", "\u2066",
      "\uFEFF", "\u2028", "\u2029", "\u0085", "\u00A0", "\u3000", "\u2003", "\t", "\u000B", "\f");

  private OddText() {}

  /** One character or short string that breaks assumptions: a control, a lone surrogate, another script, a space. */
  public static String any(Random random) {
    return switch (random.nextInt(8)) {
      case 0 -> String.valueOf((char) random.nextInt(0x20)); // C0 controls, NUL included
      case 1 -> String.valueOf((char) (0x7F + random.nextInt(0x21))); // DEL and C1 controls
      case 2 -> String.valueOf((char) (0xD800 + random.nextInt(0x800))); // a lone high or low surrogate
      case 3 -> "\uDC00\uD800"; // a pair in the wrong order
      case 4 -> SCRIPTS.get(random.nextInt(SCRIPTS.size()));
      case 5 -> INVISIBLE.get(random.nextInt(INVISIBLE.size()));
      case 6 -> new String(Character.toChars(random.nextInt(Character.MAX_CODE_POINT + 1))); // any code point
      default -> String.valueOf((char) random.nextInt(0x10000)); // anything in the BMP, private use included
    };
  }

  /** A Han character from the common block. */
  public static char han(Random random) {
    return (char) (0x4E00 + random.nextInt(0x9FA5 - 0x4E00));
  }
}
