package wjw.bench;

import java.io.IOException;
import java.nio.file.Path;

/** The output folder already holds files; writing into it needs an explicit replace (the command's {@code --force}). */
public final class OutputDirNotEmptyException extends IOException {
  private final Path dir;

  public OutputDirNotEmptyException(Path dir) {
    super(dir + " is not empty: refusing to write a corpus into it (use --force to replace its gen-*.txt pages)");
    this.dir = dir;
  }

  public Path dir() {
    return dir;
  }
}
