package wjw.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;
import wjw.index.ReindexException;
import wjw.search.QueryRejectedException;

/** The one place a failed command becomes a message on stderr and an exit code; never a stack trace. */
final class CliErrors implements IExecutionExceptionHandler {
  static final int FAILED = 1;
  static final int BAD_INPUT = 2;

  @Override
  public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parsed) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    if (e instanceof QueryRejectedException q) {
      cmd.getErr().println("wjw-search: bad " + q.parameter() + ": " + message);
      return BAD_INPUT;
    }
    if (e instanceof ReindexException) {
      cmd.getErr().println("wjw-search: " + message);
      return FAILED;
    }
    cmd.getErr().println("wjw-search " + cmd.getCommandName() + ": " + message);
    return FAILED;
  }
}
