package wjw.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * When the jar's launcher starts serve in a JVM of its own and with what, and that such a server does not outlive
 * its launcher.
 */
class LauncherTest {
  @TempDir Path dir;

  @Test
  void serveStartsInItsOwnJvmWithTheCacheBesideAFreshJar() throws Exception {
    Path jar = Files.writeString(dir.resolve("wjw-search.jar"), "jar");
    Path cache = Files.writeString(dir.resolve("wjw-search.aot"), "cache");
    String[] serve = {"serve", "--port", "0"};

    List<String> command = Launcher.serverCommand(serve, Optional.of(jar), 25, () -> List.of("-Dx=1")).orElseThrow();
    assertTrue(command.contains("-XX:AOTCache=" + cache), command.toString());
    assertTrue(command.contains("-Dx=1"), "this JVM's options are passed on: " + command);
    assertTrue(command.contains(Launcher.SERVER_MAX_HEAP), command.toString());
    assertEquals(List.of("-cp", jar.toString(), Main.class.getName(), "serve", "--port", "0"),
        command.subList(command.size() - 6, command.size()));

    List<String> withHeap = Launcher.serverCommand(serve, Optional.of(jar), 25, () -> List.of("-Xmx2g")).orElseThrow();
    assertFalse(withHeap.contains(Launcher.SERVER_MAX_HEAP), "a heap size given is kept: " + withHeap);
    assertTrue(withHeap.contains("-Xmx2g"));
  }

  @Test
  void optionsFromTheEnvironmentAreNotPassedOnTwice() {
    List<String> input = List.of("-XX:StartFlightRecording=filename=a.jfr", "-Xmx2g", "-Dwjw.x=1", "-Dwjw.x=1");
    assertEquals(List.of("-Xmx2g", "-Dwjw.x=1"), Launcher.givenOnTheCommandLine(input, java.util.Map.of(
        "JAVA_TOOL_OPTIONS", " -XX:StartFlightRecording=filename=a.jfr ", "JDK_JAVA_OPTIONS", "-Dwjw.x=1")),
        "the child takes those from the environment itself; the command line's own copy stays");
    assertEquals(input, Launcher.givenOnTheCommandLine(input, java.util.Map.of()));
  }

  @Test
  void everythingElseRunsInThisJvm() throws Exception {
    Path jar = Files.writeString(dir.resolve("wjw-search.jar"), "jar");
    Path cache = Files.writeString(dir.resolve("wjw-search.aot"), "cache");
    String[] serve = {"serve"};
    assertEquals(Optional.empty(), Launcher.serverCommand(new String[] {"search", "托育"}, Optional.of(jar), 25, List::of));
    assertEquals(Optional.empty(), Launcher.serverCommand(new String[0], Optional.of(jar), 25, List::of));
    assertEquals(Optional.empty(), Launcher.serverCommand(serve, Optional.of(jar), 21, List::of), "JDK 21 has no AOT cache");
    assertEquals(Optional.empty(), Launcher.serverCommand(serve, Optional.empty(), 25, List::of), "class path of folders");
    Files.setLastModifiedTime(cache, FileTime.from(Instant.now().minusSeconds(60)));
    Files.setLastModifiedTime(jar, FileTime.from(Instant.now()));
    assertEquals(Optional.empty(), Launcher.serverCommand(serve, Optional.of(jar), 25, List::of),
        "a cache older than the jar was trained on another build");
    Files.delete(cache);
    assertEquals(Optional.empty(), Launcher.serverCommand(serve, Optional.of(jar), 25, List::of), "no cache");
  }

  @Test
  void aServerExitsWhenItsLauncherIsGone() throws Exception {
    Process launcher = new ProcessBuilder("sleep", "600").start();
    Path logs = dir.resolve("logs");
    ChildJvm server = ChildJvm.start(logs, List.of("-D" + Launcher.LAUNCHER_PID + "=" + launcher.pid()),
        "serve", "--index", dir.resolve("index").toString(), "--seeds", "seeds", "--port", "0", "--no-semantic");
    try {
      Thread.sleep(2_000); // serving, or still indexing the seeds: either way watching its launcher
      assertTrue(server.process().isAlive(), "the server runs while its launcher does: " + server.err());
      launcher.destroyForcibly().waitFor();
      assertTrue(server.process().waitFor(60, TimeUnit.SECONDS), "the server exits once its launcher is gone");
    } finally {
      server.kill();
      launcher.destroyForcibly();
    }
  }
}
