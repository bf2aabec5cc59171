package wjw.ingest.layout;

import java.util.BitSet;
import java.util.List;

/**
 * The 3- and 4-unit strings of a page's lines that can occur across a break, packed into longs, in an open-addressing
 * hash set: the join scorer asks it whether the characters across a break occur elsewhere on the page, several times
 * for every pair of pieces. A gram across a break starts in the last units of an open piece and goes on with the next
 * unit of that piece or the first of another, so only grams whose first two units can be such are kept: a small
 * fraction of the page, built in one pass.
 */
final class PageGrams {
  /** Marks a free slot; the one gram packing to it is remembered apart. */
  private static final long FREE = 0;

  private long[] slots = new long[64];
  private int size;
  private boolean hasFree;

  /**
   * @param firsts the units a gram asked about may start with
   * @param seconds the units that may follow its first one
   */
  PageGrams(List<String> lines, BitSet firsts, BitSet seconds) {
    for (String line : lines) {
      for (int i = 0; i + 3 <= line.length(); i++) {
        if (firsts.get(line.charAt(i)) && seconds.get(line.charAt(i + 1))) {
          add(pack(line, i, i + 3));
          if (i + 4 <= line.length()) {
            add(pack(line, i, i + 4));
          }
        }
      }
    }
  }

  boolean contains(long key) {
    if (key == FREE) {
      return hasFree;
    }
    int mask = slots.length - 1;
    for (int at = slot(key, mask); ; at = (at + 1) & mask) {
      if (slots[at] == key) {
        return true;
      }
      if (slots[at] == FREE) {
        return false;
      }
    }
  }

  /** Three or four UTF-16 units in one long; a 3-gram's empty top unit is U+FFFF, which no text starts with. */
  static long pack(String s, int from, int to) {
    long key = to - from == 3 ? 0xFFFFL : 0;
    for (int i = from; i < to; i++) {
      key = (key << 16) | s.charAt(i);
    }
    return key;
  }

  /** The packed gram of the last {@code left} units of tail and the first {@code right} units of head. */
  static long pack(String tail, int left, String head, int right) {
    long key = left + right == 3 ? 0xFFFFL : 0;
    for (int i = tail.length() - left; i < tail.length(); i++) {
      key = (key << 16) | tail.charAt(i);
    }
    for (int i = 0; i < right; i++) {
      key = (key << 16) | head.charAt(i);
    }
    return key;
  }

  private void add(long key) {
    if (key == FREE) {
      hasFree = true;
      return;
    }
    int mask = slots.length - 1;
    int at = slot(key, mask);
    while (slots[at] != FREE) {
      if (slots[at] == key) {
        return;
      }
      at = (at + 1) & mask;
    }
    slots[at] = key;
    if (++size * 2 > slots.length) {
      grow();
    }
  }

  private void grow() {
    long[] old = slots;
    slots = new long[old.length * 2];
    int mask = slots.length - 1;
    for (long key : old) {
      if (key != FREE) {
        int at = slot(key, mask);
        while (slots[at] != FREE) {
          at = (at + 1) & mask;
        }
        slots[at] = key;
      }
    }
  }

  private static int slot(long key, int mask) {
    long mixed = key * 0x9E3779B97F4A7C15L;
    return (int) (mixed ^ (mixed >>> 32)) & mask;
  }
}
