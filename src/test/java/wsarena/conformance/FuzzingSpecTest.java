package wsarena.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class FuzzingSpecTest {

  @Test
  void namesOneServerTheCasesAndTheReportFolder() throws Exception {
    Path folder = Path.of("/tmp/reports/netty-event-loop");
    JsonNode spec =
        new ObjectMapper()
            .readTree(FuzzingSpec.json("netty-event-loop", URI.create("ws://127.0.0.1:4000/echo"), folder, CaseSelection.quick()));

    assertThat(spec.get("outdir").asText()).isEqualTo(folder.toString());
    assertThat(spec.get("failByDrop").asBoolean()).isFalse();
    assertThat(spec.get("options").get("version").asInt()).isEqualTo(18);
    assertThat(spec.get("servers")).hasSize(1);
    assertThat(spec.get("servers").get(0).get("agent").asText()).isEqualTo("netty-event-loop");
    assertThat(spec.get("servers").get(0).get("url").asText()).isEqualTo("ws://127.0.0.1:4000/echo");
    assertThat(spec.get("cases").toString()).isEqualTo("[\"*\"]");
    assertThat(spec.get("exclude-cases").toString()).isEqualTo("[\"9.*\"]");
    assertThat(spec.get("exclude-agent-cases").isObject()).isTrue();
  }

  @Test
  void theChildsScriptWatchesThisJvmAndQuotesTheSpecPath() {
    String script = FuzzingClient.script(Path.of("/tmp/it's here/spec.json"), 4242);

    assertThat(script)
        .contains("ProcessHandle.of(4242).get().onExit().thenRun(parent_gone)")
        .contains("sys.argv = ['wstest', '-m', 'fuzzingclient', '-s', '/tmp/it\\'s here/spec.json']")
        .endsWith("wstest.run()");
  }
}
