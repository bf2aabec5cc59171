package wjw.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine.TypeConversionException;

class ByteSizeTest {

  @ParameterizedTest
  @CsvSource({"20MB, 20971520", "512KB, 524288", "1048576, 1048576", "20 mb, 20971520", "1G, 1073741824",
      "2GiB, 2147483648", "100B, 100", "1k, 1024", "' 7 ', 7"})
  void sizes(String value, long bytes) {
    assertEquals(bytes, ByteSize.parse(value));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"'' | is not a size", "MB | is not a size", "-1 | is not a size",
      "1.5MB | is not a size", "20XB | is not a size", "0 | at least 1 byte", "0KB | at least 1 byte",
      "99999999999GB | too large", "99999999999999999999 | is not a size"})
  void notSizes(String value, String reason) {
    TypeConversionException e = assertThrows(TypeConversionException.class, () -> ByteSize.parse(value));
    assertTrue(e.getMessage().startsWith("'" + value + "'") && e.getMessage().contains(reason), e.getMessage());
  }

  @Test
  void nullIsNotASize() {
    assertThrows(TypeConversionException.class, () -> ByteSize.parse(null));
  }
}
