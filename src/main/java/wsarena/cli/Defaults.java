package wsarena.cli;

import java.util.Map;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The defaults of the shared options ({@link EngineChoice}, {@link ScenarioFlags}, {@link
 * OutputFolder}) that differ by command. Scripts rely on each of them; {@code --help} shows them as {@code ${DEFAULT-VALUE}}.
 */
final class Defaults implements IDefaultValueProvider {
  private static final Map<String, String> BY_COMMAND_AND_OPTION =
      Map.of(
          "run --engine", "undertow",
          "run --model", "event-loop",
          "run --warmup", "2s",
          "run --isolation", "in-process",
          "serve --engine", "undertow",
          "serve --model", "event-loop",
          "bench --warmup", "3s",
          "bench --isolation", "process",
          "chart --out", ".");

  @Override
  public String defaultValue(ArgSpec argSpec) {
    if (!(argSpec instanceof OptionSpec option) || option.command() == null) {
      return null;
    }
    return BY_COMMAND_AND_OPTION.get(option.command().name() + " " + option.longestName());
  }
}
