package wjw.cli;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A size option such as {@code 20MB}, {@code 512KB} or {@code 1048576} (bytes); units are 1024-based. */
final class ByteSize implements ITypeConverter<Long> {
  private static final Pattern SIZE = Pattern.compile("(\\d{1,19})\\s*([KMG]?)(I?B)?");

  @Override
  public Long convert(String value) {
    return parse(value);
  }

  /** The number of bytes {@code value} stands for; a message for picocli to print if it is not a size. */
  static long parse(String value) {
    String v = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
    Matcher m = SIZE.matcher(v);
    if (!m.matches()) {
      throw new TypeConversionException("'" + value + "' is not a size: give bytes (1048576) or a whole number"
          + " with KB, MB or GB (512KB, 20MB)");
    }
    int shift = switch (m.group(2)) {
      case "K" -> 10;
      case "M" -> 20;
      case "G" -> 30;
      default -> 0;
    };
    long number;
    try {
      number = Long.parseLong(m.group(1));
    } catch (NumberFormatException e) {
      throw new TypeConversionException("'" + value + "' is too large");
    }
    if (number < 1) {
      throw new TypeConversionException("'" + value + "' is too small: the limit must be at least 1 byte");
    }
    if (number > Long.MAX_VALUE >> shift) {
      throw new TypeConversionException("'" + value + "' is too large");
    }
    return number << shift;
  }
}
