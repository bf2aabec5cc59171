package wjw.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The jar's entry point. {@code serve} runs in a JVM of its own, started with what a server wants and
 * {@code java -jar} cannot carry: the AOT cache the build trained on a server's start ({@link AotTraining}; with it
 * the first answer comes in about 1.4 s instead of 3.4 s on 100k statements, docs/performance.md) and a bound on
 * the heap, so the resident memory stays under a gigabyte under load. OpenSearch's launcher starts its server the
 * same way. This JVM waits for that one, passes its exit code on and stops it when stopped itself (the server also
 * exits if this JVM disappears, see {@link #watchLauncher}). Any other command, and {@code serve} without a cache
 * next to the jar or on a JDK before 25, runs here.
 */
public final class Launcher {
  /** Set on the server's JVM to the launcher's pid: it is the server, and exits when the launcher is gone. */
  static final String LAUNCHER_PID = "wjw.launcher.pid";
  /** The server's heap bound unless one is given ({@code java -Xmx2g -jar …}): 58 MiB live at 1M statements. */
  static final String SERVER_MAX_HEAP = "-Xmx768m";
  /** JDK 25 reads and writes the AOT cache with -XX:AOTCache / -XX:AOTCacheOutput (JEP 483, 514, 515). */
  static final int AOT_CACHE_FEATURE = 25;
  /** Where a JVM takes options from besides its command line; a child JVM reads them there itself. */
  private static final List<String> ENVIRONMENT_OPTIONS = List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS");

  private Launcher() {}

  public static void main(String[] args) throws Exception {
    Optional<List<String>> server = serverCommand(args, jar(), Runtime.version().feature(),
        () -> givenOnTheCommandLine(ManagementFactory.getRuntimeMXBean().getInputArguments(), System.getenv()));
    if (server.isEmpty()) {
      Main.main(args);
      return;
    }
    Process process = new ProcessBuilder(server.get()).inheritIO().start();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      process.destroy(); // SIGTERM: the server finishes the requests in flight
      try {
        process.waitFor();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "wjw-launcher-stop"));
    System.exit(process.waitFor());
  }

  /**
   * The command that runs {@code args} in a server JVM of its own; empty when they should run here.
   *
   * @param jar the jar this runs from (empty: a class path of folders)
   * @param feature the JDK's feature release (25 for JDK 25)
   * @param jvmOptionsOfThisJvm this JVM's own options, asked for only when a server JVM is started
   */
  static Optional<List<String>> serverCommand(String[] args, Optional<Path> jar, int feature,
      Supplier<List<String>> jvmOptionsOfThisJvm) {
    if (args.length == 0 || !args[0].equals("serve") || feature < AOT_CACHE_FEATURE) {
      return Optional.empty();
    }
    Optional<Path> cache = jar.map(Launcher::cacheOf).filter(c -> isFresh(c, jar.get()));
    if (cache.isEmpty()) {
      return Optional.empty();
    }
    List<String> jvmOptions = jvmOptionsOfThisJvm.get();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    if (jvmOptions.stream().noneMatch(o -> o.startsWith("-Xmx") || o.startsWith("-XX:MaxHeapSize")
        || o.startsWith("-XX:MaxRAMPercentage"))) {
      command.add(SERVER_MAX_HEAP);
    }
    // A cache that does not fit this JVM (another build of the JDK) is ignored; its messages would read as errors.
    command.addAll(List.of("-XX:AOTCache=" + cache.get(), "-Xlog:aot=off", "--enable-native-access=ALL-UNNAMED",
        "-D" + LAUNCHER_PID + "=" + ProcessHandle.current().pid(), "-cp", jar.get().toString(), Main.class.getName()));
    command.addAll(List.of(args));
    return Optional.of(command);
  }

  /**
   * This JVM's options less those it took from {@code JAVA_TOOL_OPTIONS} and {@code JDK_JAVA_OPTIONS}: the server's JVM
   * inherits the environment and takes those again (passed twice, an agent or a flight recording would start twice).
   */
  static List<String> givenOnTheCommandLine(List<String> inputArguments, Map<String, String> env) {
    List<String> given = new ArrayList<>(inputArguments);
    for (String variable : ENVIRONMENT_OPTIONS) {
      String value = env.get(variable);
      if (value != null) {
        for (String option : value.trim().split("\\s+")) {
          given.remove(option); // the first occurrence only: the same option may also be on the command line
        }
      }
    }
    return given;
  }

  /** The AOT cache the build puts next to {@code jar}: wjw-search.jar → wjw-search.aot. */
  static Path cacheOf(Path jar) {
    String name = jar.getFileName().toString();
    return jar.resolveSibling(name.substring(0, name.length() - ".jar".length()) + ".aot");
  }

  /** A cache trained on this jar: written after it (a jar built later would not match the cache). */
  private static boolean isFresh(Path cache, Path jar) {
    try {
      return Files.isRegularFile(cache)
          && Files.getLastModifiedTime(cache).compareTo(Files.getLastModifiedTime(jar)) >= 0;
    } catch (IOException e) {
      return false;
    }
  }

  /** The jar this class was loaded from; empty on a class path of folders (tests, an IDE). */
  private static Optional<Path> jar() {
    try {
      var source = Launcher.class.getProtectionDomain().getCodeSource();
      Path path = source == null ? null : Path.of(source.getLocation().toURI());
      return path != null && path.getFileName().toString().endsWith(".jar") ? Optional.of(path) : Optional.empty();
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }

  /**
   * In the server's JVM: exits when the launcher that started it is gone (killed without the chance to stop it), so
   * no server is left holding the port.
   */
  static void watchLauncher() {
    String pid = System.getProperty(LAUNCHER_PID);
    if (pid == null) {
      return;
    }
    ProcessHandle.of(Long.parseLong(pid)).ifPresentOrElse(
        launcher -> launcher.onExit().thenRun(() -> System.exit(1)), () -> System.exit(1));
  }
}
