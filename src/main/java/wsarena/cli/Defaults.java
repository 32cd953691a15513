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
      Map.ofEntries(
          Map.entry("run --engine", "undertow"),
          Map.entry("run --model", "event-loop"),
          Map.entry("run --warmup", "2s"),
          Map.entry("run --isolation", "in-process"),
          Map.entry("serve --engine", "undertow"),
          Map.entry("serve --model", "event-loop"),
          Map.entry("soak --engine", "netty"),
          Map.entry("soak --model", "event-loop"),
          Map.entry("bench --warmup", "3s"),
          Map.entry("bench --isolation", "process"),
          Map.entry("shootout --warmup", "2s"),
          Map.entry("shootout --isolation", "process"),
          Map.entry("chart --out", "."),
          Map.entry("sweep --engine", "undertow"),
          Map.entry("sweep --model", "event-loop"),
          Map.entry("sweep --warmup", "2s"),
          Map.entry("sweep --isolation", "process"));

  @Override
  public String defaultValue(ArgSpec argSpec) {
    if (!(argSpec instanceof OptionSpec option) || option.command() == null) {
      return null;
    }
    return BY_COMMAND_AND_OPTION.get(option.command().name() + " " + option.longestName());
  }
}
