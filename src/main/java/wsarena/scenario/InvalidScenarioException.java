package wsarena.scenario;

import java.util.List;
import java.util.stream.Collectors;

/** A scenario that cannot run; the message lists every problem, one per line. */
public class InvalidScenarioException extends Exception {
  private final transient List<Problem> problems;

  public InvalidScenarioException(List<Problem> problems) {
    super(problems.stream().map(Problem::message).collect(Collectors.joining("\n")));
    this.problems = List.copyOf(problems);
  }

  public List<Problem> problems() {
    return problems;
  }
}
