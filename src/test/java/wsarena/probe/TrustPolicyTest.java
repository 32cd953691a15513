package wsarena.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TrustPolicyTest {
  private static final String HEX =
      "3f0c1d2e4a5b6c7d8e9f00112233445566778899aabbccddeeff001122334455";

  @Test
  void aPinIsNormalisedToLowerCaseHexWithoutColons() {
    String withColons = HEX.toUpperCase().replaceAll("(..)(?!$)", "$1:");
    assertThat(new TrustPolicy.PinnedSha256(withColons).fingerprint()).isEqualTo(HEX);
  }

  @Test
  void aPinThatIsNotSha256IsRefusedWithASentence() {
    assertThatThrownBy(() -> TrustPolicy.pinned("abc"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a SHA-256 fingerprint is 64 hex digits (colons allowed), not 'abc'");
    assertThatThrownBy(() -> TrustPolicy.pinned(HEX.substring(1) + "g"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
