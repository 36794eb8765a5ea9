package org.chengxin.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code chengxin} command line: one sub-command per verb of the external contract. */
@Command(
    name = "chengxin",
    mixinStandardHelpOptions = true,
    version = "Chengxin 0.1.0",
    description = "Open, rule-of-law social credit information platform.",
    subcommands = {
      ServeCommand.class,
      DemoCommand.class,
      SynthCommand.class,
      ImportCommand.class,
      SchemeCommand.class,
      RescoreCommand.class,
      CheckCommand.class,
      BenchCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Chengxin implements Runnable {

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit code (0 ok, 1 failed, 2 bad usage). */
  public static int run(String... args) {
    CommandLine cli = new CommandLine(new Chengxin());
    cli.setExecutionExceptionHandler((e, line, parsed) -> {
      line.getErr().println("chengxin: " + oneLine(e));
      if (System.getenv("CHENGXIN_DEBUG") != null) {
        e.printStackTrace(line.getErr()); // the whole story, for a bug report
      }
      return 1;
    });
    cli.setParameterExceptionHandler((e, args2) -> {
      e.getCommandLine()
          .getErr()
          .println(
              "chengxin: "
                  + e.getMessage()
                  + " (see '"
                  + e.getCommandLine().getCommandSpec().qualifiedName()
                  + " --help')");
      return 2;
    });
    return cli.execute(args);
  }

  /** The message a person should read: the root cause's, on one line. */
  static String oneLine(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String m = root.getMessage() != null ? root.getMessage() : e.getMessage();
    if (m == null) {
      m = root.getClass().getSimpleName();
    }
    return m.lines().findFirst().orElse(m);
  }

  @Override
  public void run() {
    new CommandLine(this).usage(System.out);
  }
}
