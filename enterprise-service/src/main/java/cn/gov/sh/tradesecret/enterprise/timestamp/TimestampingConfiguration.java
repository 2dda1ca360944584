package cn.gov.sh.tradesecret.enterprise.timestamp;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The authority's key and certificate: from the configured files, or else a self-signed demo pair
 * generated on the first start and kept in {@code platform.timestamping.directory}, so tokens
 * issued before a restart still verify against the certificate published after it. Every instance
 * of the service must see the same files.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TimestampingProperties.class)
class TimestampingConfiguration {

  private static final Logger log = LoggerFactory.getLogger(TimestampingConfiguration.class);
  static final String KEY_FILE = "tsa-key.pem";
  static final String CERTIFICATE_FILE = "tsa-certificate.pem";

  @Bean
  TimestampAuthority timestampAuthority(TimestampingProperties properties, Clock clock) {
    Path keyFile = properties.keyFile();
    Path certificateFile = properties.certificateFile();
    if (keyFile == null) {
      keyFile = properties.directory().resolve(KEY_FILE);
      certificateFile = properties.directory().resolve(CERTIFICATE_FILE);
      if (!Files.exists(keyFile) || !Files.exists(certificateFile)) {
        generateDemoPair(keyFile, certificateFile, clock);
      }
    }
    return new TimestampAuthority(
        readKey(keyFile), readCertificate(certificateFile), properties.policy(), clock);
  }

  /**
   * A self-signed certificate for the demo: RSA 2048, the critical extended key usage timeStamping
   * alone (RFC 3161, 2.3), ten years from now.
   */
  static void generateDemoPair(Path keyFile, Path certificateFile, Clock clock) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048, new SecureRandom());
      KeyPair pair = generator.generateKeyPair();
      X500Name name =
          new X500Name("CN=Trade-Secret Platform Timestamping Authority (demo), O=Shanghai, C=CN");
      Instant now = clock.instant();
      JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
      X509CertificateHolder holder =
          new JcaX509v3CertificateBuilder(
                  name,
                  new BigInteger(64, new SecureRandom()),
                  Date.from(now.minus(Duration.ofDays(1))),
                  Date.from(now.plus(Duration.ofDays(3650))),
                  name,
                  pair.getPublic())
              .addExtension(
                  Extension.extendedKeyUsage,
                  true,
                  new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping))
              .addExtension(
                  Extension.keyUsage,
                  true,
                  new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation))
              .addExtension(
                  Extension.subjectKeyIdentifier,
                  false,
                  extensions.createSubjectKeyIdentifier(pair.getPublic()))
              .build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate()));
      Files.createDirectories(keyFile.getParent());
      Files.deleteIfExists(keyFile);
      Files.createFile(
          keyFile,
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      write(keyFile, new JcaPKCS8Generator(pair.getPrivate(), null)); // PKCS #8, unencrypted
      write(certificateFile, holder);
      log.warn(
          "Generated a self-signed DEMO timestamping key and certificate in {}: configure "
              + "platform.timestamping.key-file and certificate-file for production",
          keyFile.getParent());
    } catch (GeneralSecurityException | OperatorCreationException e) {
      throw new IllegalStateException("cannot generate the demo timestamping pair", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot keep the demo timestamping pair", e);
    }
  }

  private static void write(Path file, Object object) throws IOException {
    try (Writer writer = Files.newBufferedWriter(file);
        JcaPEMWriter pem = new JcaPEMWriter(writer)) {
      pem.writeObject(object);
    }
  }

  private static PrivateKey readKey(Path file) {
    Object read = readPem(file);
    if (read instanceof PEMKeyPair pair) {
      read = pair.getPrivateKeyInfo(); // a traditional "RSA PRIVATE KEY" file
    }
    if (!(read instanceof PrivateKeyInfo info)) {
      throw new IllegalStateException(file + " holds no unencrypted private key");
    }
    try {
      return new JcaPEMKeyConverter().getPrivateKey(info);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static X509Certificate readCertificate(Path file) {
    Object read = readPem(file);
    if (!(read instanceof X509CertificateHolder holder)) {
      throw new IllegalStateException(file + " holds no certificate");
    }
    try {
      return new JcaX509CertificateConverter().getCertificate(holder);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(file + " holds no readable certificate", e);
    }
  }

  private static Object readPem(Path file) {
    try (Reader reader = Files.newBufferedReader(file);
        PEMParser parser = new PEMParser(reader)) {
      return parser.readObject();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
