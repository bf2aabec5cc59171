package wjw.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

class DurationConverterTest {
  private final DurationConverter converter = new DurationConverter();

  @Test
  void readsMillisecondsSecondsAndMinutes() {
    assertEquals(Duration.ofMillis(500), converter.convert("500ms"));
    assertEquals(Duration.ofSeconds(5), converter.convert(" 5s "));
    assertEquals(Duration.ofMinutes(2), converter.convert("2M"));
  }

  @Test
  void refusesWhatIsNotADurationSayingHowToWriteOne() {
    for (String bad : new String[] {"5", "five seconds", "-1s", "1h", ""}) {
      var e = assertThrows(TypeConversionException.class, () -> converter.convert(bad));
      assertTrue(e.getMessage().contains("500ms"), e.getMessage());
    }
  }
}
