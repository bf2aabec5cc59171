package wjw.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Test fixture: {@code wjw-search} as a child JVM — this JVM's java binary and class path, main class
 * {@link Main} — so it can be killed for real; its stdout and stderr go to files.
 */
public final class ChildJvm {
  private static final AtomicInteger RUNS = new AtomicInteger();
  private static final Pattern SERVING = Pattern.compile("serving http://127\\.0\\.0\\.1:(\\d+)/");

  private final Process process;
  private final Path out;
  private final Path err;

  private ChildJvm(Process process, Path out, Path err) {
    this.process = process;
    this.out = out;
    this.err = err;
  }

  /** Starts {@code wjw-search args…}; its output goes to {@code logDir}. */
  public static ChildJvm start(Path logDir, String... args) throws IOException {
    return start(logDir, List.of(), args);
  }

  /** As {@link #start(Path, String...)}, with {@code jvmOptions} (such as {@code -Dname=value}) added. */
  public static ChildJvm start(Path logDir, List<String> jvmOptions, String... args) throws IOException {
    Files.createDirectories(logDir);
    int n = RUNS.incrementAndGet();
    Path out = logDir.resolve("child-" + n + ".out");
    Path err = logDir.resolve("child-" + n + ".err");
    String java = ProcessHandle.current().info().command()
        .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    List<String> command = new ArrayList<>(List.of(java,
        // small and quick to start: the children share two cores with the test and each other
        "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
        "--enable-native-access=ALL-UNNAMED"));
    command.addAll(jvmOptions);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command)
        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    return new ChildJvm(process, out, err);
  }

  /** Runs {@code wjw-search args…} to its end (killed after {@code timeout}). */
  public static Result run(Path logDir, Duration timeout, String... args) throws IOException, InterruptedException {
    ChildJvm child = start(logDir, args);
    int exit = child.waitFor(timeout);
    return new Result(exit, child.out(), child.err());
  }

  /** The exit code, killing the child if it is still running after {@code timeout}. */
  public int waitFor(Duration timeout) throws InterruptedException {
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      process.destroyForcibly().waitFor();
      throw new AssertionError("wjw-search child did not finish within " + timeout + "; stderr: " + safeErr());
    }
    return process.exitValue();
  }

  /** SIGKILL, as {@code kill -9}; returns once the process is gone. */
  public void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  /** Waits until the child holds the reindex lock of {@code index} (its pid noted in the lock file). */
  public void awaitLock(Path index, Duration timeout) throws IOException, InterruptedException {
    Path lock = index.resolve("reindex.lock");
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline && process.isAlive()) {
      if (Files.exists(lock) && Files.readString(lock, StandardCharsets.UTF_8).startsWith("pid=" + pid() + " ")) {
        return;
      }
      Thread.sleep(5);
    }
    throw new AssertionError("the child never took the reindex lock; stderr: " + safeErr());
  }

  /** Waits until the child, started as {@code serve --port 0}, says where it serves; returns its port. */
  public int awaitServing(Duration timeout) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline && process.isAlive()) {
      Matcher m = SERVING.matcher(err());
      if (m.find()) {
        return Integer.parseInt(m.group(1));
      }
      Thread.sleep(20);
    }
    throw new AssertionError("serve did not start: " + safeErr());
  }

  public Process process() {
    return process;
  }

  public long pid() {
    return process.pid();
  }

  public String out() throws IOException {
    return Files.readString(out, StandardCharsets.UTF_8);
  }

  public String err() throws IOException {
    return Files.readString(err, StandardCharsets.UTF_8);
  }

  private String safeErr() {
    try {
      return err();
    } catch (IOException e) {
      return e.toString();
    }
  }

  /** What a finished child printed. */
  public record Result(int exit, String out, String err) {
    /** True when stderr holds a Java stack trace (our code's or an uncaught exception's). */
    public boolean hasStackTrace() {
      return err.contains("Exception in thread") || err.contains("\tat ") || err.contains("at wjw.");
    }
  }
}
