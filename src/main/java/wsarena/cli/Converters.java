package wsarena.cli;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.List;
import picocli.CommandLine;
import wsarena.scenario.CliNames;
import wsarena.scenario.IoTransport;
import wsarena.scenario.Isolation;
import wsarena.scenario.PayloadKind;
import wsarena.scenario.Problem;
import wsarena.scenario.ScenarioValidator;
import wsarena.scenario.ThreadingModel;
import wsarena.scenario.Workload;

/** Turns command-line text into values, with messages that say what was expected. */
final class Converters {
  private Converters() {}

  static void register(CommandLine cl) {
    cl.registerConverter(Duration.class, plain(ScenarioValidator::parseDuration));
    cl.registerConverter(ThreadingModel.class, plain(ThreadingModel::fromCliName));
    cl.registerConverter(Isolation.class, plain(Isolation::fromCliName));
    cl.registerConverter(IoTransport.class, plain(IoTransport::fromCliName));
    cl.registerConverter(Workload.class, plain(Workload::fromCliName));
    cl.registerConverter(PayloadKind.class, plain(text -> CliNames.parse(PayloadKind.class, CliNames::lowerCase, text, "payload kind")));
    cl.registerConverter(URI.class, plain(Converters::wsUri));
  }

  /** Lets picocli print our sentence as it is, not wrapped in the exception's class name. */
  private static <T> CommandLine.ITypeConverter<T> plain(CommandLine.ITypeConverter<T> converter) {
    return text -> {
      try {
        return converter.convert(text);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    };
  }

  static URI wsUri(String text) {
    List<Problem> problems = ScenarioValidator.urlProblems(text);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(problems.getFirst().message());
    }
    try {
      return new URI(text.strip());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("'" + text + "' is not a URL: " + e.getMessage());
    }
  }
}
