package wsarena.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import wsarena.scenario.IoTransport;

/** The generator's transport: the one asked for when the host has it, else one that works, said in a sentence. */
class ClientTransportTest {

  @Test
  void eachTransportIsUsedWhenTheHostHasItAndReplacedWithASentenceWhenNot() {
    for (IoTransport t : IoTransport.values()) {
      ClientTransport chosen = ClientTransport.choose(t);
      if (ClientTransport.whyNot(t) == null) {
        assertThat(chosen.transport()).isEqualTo(t);
        assertThat(chosen.note()).isNull();
      } else {
        assertThat(chosen.transport()).isNotEqualTo(t);
        assertThat(chosen.note()).startsWith(t.cliName() + " is not available here (")
            .endsWith("the generator used " + chosen.transport().cliName());
      }
    }
  }

  @Test
  void theJdkSelectorWorksEverywhereSoNothingAskedForIsLeftWithout() {
    assertThat(ClientTransport.whyNot(IoTransport.NIO)).isNull();
    ClientTransport byDefault = ClientTransport.choose(null);
    assertThat(ClientTransport.whyNot(byDefault.transport())).isNull();
    assertThat(byDefault.transport()).isEqualTo(
        ClientTransport.PREFERENCE.stream().filter(t -> ClientTransport.whyNot(t) == null).findFirst().orElseThrow());
  }
}
