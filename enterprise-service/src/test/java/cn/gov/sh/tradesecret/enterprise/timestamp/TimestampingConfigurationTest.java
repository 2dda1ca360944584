package cn.gov.sh.tradesecret.enterprise.timestamp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import cn.gov.sh.tradesecret.testsupport.TestClock;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.HexFormat;
import org.bouncycastle.tsp.TimeStampToken;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimestampingConfigurationTest {

  static final String SHA256 = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

  final TestClock clock = new TestClock();

  TimestampAuthority authority(Path directory) {
    return new TimestampingConfiguration()
        .timestampAuthority(
            new TimestampingProperties(null, null, directory, "1.3.6.1.4.1.59521.19.1"), clock);
  }

  @Test
  void demoPairIsGeneratedOnFirstStartAndKeptForTheNext(@TempDir Path directory) throws Exception {
    TimestampAuthority first = authority(directory);
    TimeStampToken token = first.stamp(HexFormat.of().parseHex(SHA256), BigInteger.ONE);

    TimestampAuthority afterRestart = authority(directory);

    assertThat(afterRestart.certificatePem()).isEqualTo(first.certificatePem());
    assertThat(afterRestart.issued(token)).isTrue();
    assertThat(
            PosixFilePermissions.toString(
                Files.getPosixFilePermissions(
                    directory.resolve(TimestampingConfiguration.KEY_FILE))))
        .isEqualTo("rw-------");
  }

  @Test
  void tokenNamesTheFingerprintTheSerialAndTheClocksTimeToTheMillisecond(@TempDir Path directory) {
    Instant at = TestClock.suiteStart().plusMillis(1234);
    clock.freezeAt(at);

    TimeStampToken token =
        authority(directory).stamp(HexFormat.of().parseHex(SHA256), BigInteger.valueOf(42));

    assertThat(HexFormat.of().formatHex(token.getTimeStampInfo().getMessageImprintDigest()))
        .isEqualTo(SHA256);
    assertThat(token.getTimeStampInfo().getSerialNumber()).isEqualTo(BigInteger.valueOf(42));
    assertThat(token.getTimeStampInfo().getGenTime().toInstant()).isEqualTo(at);
    assertThat(token.getTimeStampInfo().getPolicy().getId()).isEqualTo("1.3.6.1.4.1.59521.19.1");
  }

  @Test
  void anotherAuthoritysTokenIsNotOurs(@TempDir Path ours, @TempDir Path theirs) {
    TimeStampToken foreign =
        authority(theirs).stamp(HexFormat.of().parseHex(SHA256), BigInteger.ONE);

    assertThat(authority(ours).issued(foreign)).isFalse();
  }

  @Test
  void keyFileWithoutCertificateIsRefused(@TempDir Path directory) {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                new TimestampingProperties(
                    directory.resolve("key.pem"), null, directory, "1.3.6.1.4.1.59521.19.1"))
        .withMessageContaining("go together");
  }
}
