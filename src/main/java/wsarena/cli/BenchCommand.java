package wsarena.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** The shipped benchmark (being written). */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "The shipped benchmark.")
final class BenchCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    throw new UserError("bench is not written yet");
  }
}
