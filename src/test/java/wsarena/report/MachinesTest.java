package wsarena.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import wsarena.host.HostInfo;
import wsarena.ui.testing.SavedRuns;

class MachinesTest {
  @Test
  void sameMachineMeansSameHardwareWhateverTheVersions() {
    HostInfo updated =
        new HostInfo(
            SavedRuns.LAPTOP.cpuModel(), 4, 8, 16L << 30, "Windows 10", "10.0.19045", "Azul", "25.0.2", List.of("-Xmx1g"));
    HostInfo other = new HostInfo("AMD EPYC", 2, 2, 24L << 30, "Debian GNU/Linux", "12", "Eclipse Adoptium", "25", List.of());

    assertThat(Machines.same(SavedRuns.LAPTOP, updated)).isTrue();
    assertThat(Machines.same(SavedRuns.LAPTOP, other)).isFalse();
    assertThat(Machines.shortName(SavedRuns.LAPTOP)).isEqualTo("Intel Core i7-8565U · 8 threads");
  }

  @Test
  void oneCoreAndOneThreadAreSingular() {
    HostInfo tiny = new HostInfo("Tiny CPU", 1, 1, 1L << 30, "Linux", "6.1", "Eclipse Adoptium", "25", List.of());

    assertThat(Machines.summaryLine(tiny)).isEqualTo("Tiny CPU · 1 core / 1 thread · 1.0 GiB RAM · Linux 6.1 · Eclipse Adoptium 25");
    assertThat(Machines.hardwareBlock(tiny)).contains("- CPU: Tiny CPU (1 core, 1 thread)\n- RAM: 1.0 GiB\n");
  }
}
