package wsarena.cli;

import java.time.Duration;
import picocli.CommandLine.Option;

/** How a shootout goes over its targets ({@code shootout}, {@code bench}): repeats and the pause between two. */
final class RepeatFlags {
  @Option(
      names = "--repeat",
      defaultValue = "1",
      paramLabel = "N",
      description = "Measure each target N times, interleaved (A B C A B C); tables show the median and the"
          + " min-max spread. 3 is a good choice on a shared machine. Default: ${DEFAULT-VALUE}.")
  int repeat;

  @Option(
      names = "--cool-down",
      defaultValue = "2s",
      paramLabel = "DURATION",
      description = "Pause between one target's end and the next one's start. Default: ${DEFAULT-VALUE}.")
  Duration coolDown;
}
