package wjw.search;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;
import java.util.Arrays;

/**
 * Breaks text after Chinese and Western sentence ends (。！？；!?;) and at line breaks, so
 * highlighted passages are whole sentences; the JDK's sentence iterator ignores ；.
 */
final class SentenceBreakIterator extends BreakIterator {
  private CharacterIterator text = new StringCharacterIterator("");
  private int[] bounds = {0};
  private int index;

  @Override
  public void setText(CharacterIterator newText) {
    text = newText;
    int begin = newText.getBeginIndex();
    StringBuilder chars = new StringBuilder(newText.getEndIndex() - begin);
    for (char c = newText.first(); c != CharacterIterator.DONE; c = newText.next()) {
      chars.append(c);
    }
    int[] found = new int[16];
    int n = 0;
    found[n++] = begin;
    int length = chars.length();
    for (int i = 0; i < length; i++) {
      if (!isSentenceEnd(chars.charAt(i))) {
        continue;
      }
      int after = i + 1;
      while (after < length && isCloser(chars.charAt(after))) {
        after++; // keep closing quotes and brackets with the sentence they close
      }
      if (after < length) {
        if (n == found.length) found = Arrays.copyOf(found, n * 2);
        found[n++] = begin + after;
      }
      i = after - 1;
    }
    if (n == found.length) found = Arrays.copyOf(found, n + 1);
    if (begin + length > found[n - 1]) {
      found[n++] = begin + length;
    }
    bounds = Arrays.copyOf(found, n);
    index = 0;
  }

  private static boolean isSentenceEnd(char c) {
    return c == '。' || c == '！' || c == '？' || c == '；' || c == '!' || c == '?' || c == ';' || c == '\n';
  }

  private static boolean isCloser(char c) {
    return c == '”' || c == '’' || c == '」' || c == '』' || c == '）' || c == ')' || c == '】';
  }

  @Override
  public CharacterIterator getText() {
    return text;
  }

  @Override
  public int first() {
    index = 0;
    return bounds[0];
  }

  @Override
  public int last() {
    index = bounds.length - 1;
    return bounds[index];
  }

  @Override
  public int next(int n) {
    int target = index + n;
    if (target < 0 || target >= bounds.length) {
      index = target < 0 ? 0 : bounds.length - 1;
      return DONE;
    }
    index = target;
    return bounds[index];
  }

  @Override
  public int next() {
    return next(1);
  }

  @Override
  public int previous() {
    return next(-1);
  }

  @Override
  public int following(int offset) {
    for (int i = 0; i < bounds.length; i++) {
      if (bounds[i] > offset) {
        index = i;
        return bounds[i];
      }
    }
    index = bounds.length - 1;
    return DONE;
  }

  @Override
  public int preceding(int offset) {
    for (int i = bounds.length - 1; i >= 0; i--) {
      if (bounds[i] < offset) {
        index = i;
        return bounds[i];
      }
    }
    index = 0;
    return DONE;
  }

  @Override
  public int current() {
    return bounds[index];
  }
}
