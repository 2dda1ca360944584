package cn.gov.sh.tradesecret.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.testcontainers.DockerClientFactory;

class InfrastructureModeTest {

  @Test
  void explicitSettingsChooseTheirMode() {
    assertThat(InfrastructureMode.resolve("embedded")).isEqualTo(InfrastructureMode.EMBEDDED);
    assertThat(InfrastructureMode.resolve("testcontainers")).isEqualTo(InfrastructureMode.TESTCONTAINERS);
  }

  @Test
  void autoChoosesTestcontainersExactlyWhenDockerAnswers() {
    InfrastructureMode expected = DockerClientFactory.instance().isDockerAvailable()
        ? InfrastructureMode.TESTCONTAINERS : InfrastructureMode.EMBEDDED;

    assertThat(InfrastructureMode.resolve("auto")).isEqualTo(expected);
  }

  @Test
  void anUnknownSettingIsRefusedNamingTheChoices() {
    assertThatThrownBy(() -> InfrastructureMode.resolve("h2"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("auto, testcontainers or embedded");
  }
}
