package cn.gov.sh.tradesecret.identity.signing;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Obtains the RSA key that signs access tokens (RS256): generated, or read from a JWK file (and
 * generated and written there when the file is missing), so tokens keep verifying across restarts.
 */
final class SigningKeys {

  private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);

  private static final int KEY_SIZE = 2048;

  private SigningKeys() {}

  /** The key stored in {@code file}, generated and stored first if the file does not exist. */
  static RSAKey persistentIn(Path file) {
    if (Files.exists(file)) {
      RSAKey key = read(file);
      log.info("Signing key {} read from {}", key.getKeyID(), file);
      return key;
    }
    RSAKey key = generate();
    write(key, file);
    log.info("Signing key {} generated and written to {}", key.getKeyID(), file);
    return key;
  }

  private static RSAKey read(Path file) {
    try {
      JWK jwk = JWK.parse(Files.readString(file, StandardCharsets.UTF_8));
      if (!(jwk instanceof RSAKey rsaKey) || !rsaKey.isPrivate()) {
        throw new IllegalStateException("Key file " + file + " does not hold a private RSA JWK");
      }
      return rsaKey;
    } catch (IOException ex) {
      throw new UncheckedIOException("Cannot read key file " + file, ex);
    } catch (ParseException ex) {
      throw new IllegalStateException("Key file " + file + " is not a JWK", ex);
    }
  }

  private static void write(RSAKey key, Path file) {
    try {
      Path directory = file.toAbsolutePath().getParent();
      Files.createDirectories(directory);
      Path temporary = Files.createTempFile(directory, ".signing-key", ".tmp");
      if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
        // The file holds the private key: readable by this user only.
        Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
      }
      Files.writeString(temporary, key.toJSONString(), StandardCharsets.UTF_8);
      try {
        // Atomic so that two instances starting together never read a half-written key.
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException ex) {
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException ex) {
      throw new UncheckedIOException("Cannot write key file " + file, ex);
    }
  }

  /** A new key with a random key id. */
  static RSAKey generate() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(KEY_SIZE);
      KeyPair keyPair = generator.generateKeyPair();
      return new RSAKey.Builder((RSAPublicKey) keyPair.getPublic())
          .privateKey((RSAPrivateKey) keyPair.getPrivate())
          .keyID(UUID.randomUUID().toString())
          .keyUse(KeyUse.SIGNATURE)
          .algorithm(JWSAlgorithm.RS256)
          .build();
    } catch (NoSuchAlgorithmException ex) {
      throw new IllegalStateException("RSA is not available", ex);
    }
  }
}
