package cn.gov.sh.tradesecret.identity.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import com.nimbusds.jose.jwk.RSAKey;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningKeysTest {

  @TempDir Path directory;

  @Test
  void keyGeneratedIntoMissingFileIsReadBackAfterRestart() throws Exception {
    Path file = directory.resolve("keys/signing-key.json");

    RSAKey first = SigningKeys.persistentIn(file);
    RSAKey afterRestart = SigningKeys.persistentIn(file);

    assertThat(file).exists();
    assertThat(afterRestart.getKeyID()).isEqualTo(first.getKeyID());
    assertThat(afterRestart.toRSAPublicKey()).isEqualTo(first.toRSAPublicKey());
    assertThat(afterRestart.isPrivate()).isTrue();
  }

  @Test
  void keyFileIsReadableByOwnerOnly() throws Exception {
    Path file = directory.resolve("signing-key.json");

    SigningKeys.persistentIn(file);

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
  }

  @Test
  void fileWithPublicKeyOnlyIsRejected() throws Exception {
    Path file = directory.resolve("public-only.json");
    Files.writeString(file, SigningKeys.generate().toPublicJWK().toJSONString());

    assertThatIllegalStateException()
        .isThrownBy(() -> SigningKeys.persistentIn(file))
        .withMessageContaining("private RSA JWK");
  }

  @Test
  void generatedKeysDifferEachTime() {
    assertThat(SigningKeys.generate().getKeyID()).isNotEqualTo(SigningKeys.generate().getKeyID());
  }
}
