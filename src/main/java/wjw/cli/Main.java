package wjw.cli;

/** Entry point of the wjw-search jar (commands come with the core engine). */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.err.println("wjw-search: not built yet");
    System.exit(2);
  }
}
