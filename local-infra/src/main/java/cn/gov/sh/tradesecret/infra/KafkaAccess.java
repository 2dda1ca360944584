package cn.gov.sh.tradesecret.infra;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialAlteration;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

/**
 * Who may do what on the platform's broker. Every client authenticates with SASL/SCRAM as a
 * principal of its own (one per application, and {@value #ADMIN} for the broker itself and for
 * operators' and tests' tools); the broker's authorizer lets a principal write only the topics it
 * owns, read the topics it consumes, dead-letter what it consumed, and join its own consumer
 * groups. Anything else is refused: a client that can reach the broker without a password of the
 * platform cannot write any topic.
 */
public final class KafkaAccess {

  public static final String ADMIN = "admin";
  public static final String MECHANISM = "SCRAM-SHA-256";

  /** What an application writes (it owns those topics) and reads. */
  record Grant(List<String> writes, List<String> reads) {}

  private static final String CASES = "case-events";
  private static final String REFERRALS = "referral-events";
  private static final String PILOTS = "pilot-events";
  private static final String NOTIFICATIONS = "notification-events";
  private static final String AUDIT = "audit-records";
  private static final String ENTERPRISES = "enterprise-events";

  static final Map<String, Grant> GRANTS = grants();

  private static Map<String, Grant> grants() {
    Map<String, Grant> grants = new LinkedHashMap<>();
    grants.put("case-service", new Grant(List.of(CASES), List.of(REFERRALS, PILOTS, ENTERPRISES)));
    grants.put("referral-service", new Grant(List.of(REFERRALS), List.of(CASES)));
    grants.put("pilot-service", new Grant(List.of(PILOTS), List.of(ENTERPRISES)));
    grants.put(
        "notification-service",
        new Grant(List.of(NOTIFICATIONS), List.of(CASES, REFERRALS, PILOTS)));
    grants.put(
        "audit-service",
        new Grant(List.of(), List.of(AUDIT, CASES, REFERRALS, PILOTS, NOTIFICATIONS, ENTERPRISES)));
    grants.put("gateway", new Grant(List.of(AUDIT), List.of()));
    grants.put("enterprise-service", new Grant(List.of(ENTERPRISES), List.of(CASES)));
    return Map.copyOf(grants);
  }

  private final Map<String, String> passwords;

  private KafkaAccess(Map<String, String> passwords) {
    this.passwords = passwords;
  }

  /** New random passwords for {@value #ADMIN} and every application. */
  public static KafkaAccess generate() {
    Map<String, String> passwords = new LinkedHashMap<>();
    passwords.put(ADMIN, randomPassword());
    GRANTS.keySet().stream().sorted().forEach(name -> passwords.put(name, randomPassword()));
    return new KafkaAccess(passwords);
  }

  /**
   * The passwords kept in {@code file} (readable by its owner only), created there at the first
   * call; an application added since gets a password of its own.
   */
  public static KafkaAccess loadOrCreate(Path file) {
    try {
      Properties stored = new Properties();
      if (Files.exists(file)) {
        try (Reader reader = Files.newBufferedReader(file)) {
          stored.load(reader);
        }
      }
      KafkaAccess access = generate();
      stored.forEach((name, password) -> access.passwords.put((String) name, (String) password));
      Properties all = new Properties();
      all.putAll(access.passwords);
      Files.createDirectories(file.getParent());
      if (!Files.exists(file)) {
        Files.createFile(
            file,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      }
      try (Writer writer = Files.newBufferedWriter(file)) {
        all.store(writer, "Kafka SASL/SCRAM passwords of the local platform (KafkaAccess)");
      }
      return access;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot keep the Kafka passwords in " + file, e);
    }
  }

  /**
   * The passwords given in the environment, as docker-compose passes them to the broker's setup:
   * {@code PLATFORM_KAFKA_ADMIN_PASSWORD}, and {@code KAFKA_PASSWORD_<APPLICATION>} for each
   * application (e.g. {@code KAFKA_PASSWORD_CASE_SERVICE}).
   */
  public static KafkaAccess fromEnvironment(Map<String, String> environment) {
    Map<String, String> passwords = new LinkedHashMap<>();
    passwords.put(ADMIN, required(environment, "PLATFORM_KAFKA_ADMIN_PASSWORD"));
    GRANTS.keySet().stream()
        .sorted()
        .forEach(
            name ->
                passwords.put(
                    name,
                    required(
                        environment, "KAFKA_PASSWORD_" + name.toUpperCase().replace('-', '_'))));
    return new KafkaAccess(passwords);
  }

  private static String required(Map<String, String> environment, String name) {
    String value = environment.get(name);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " is not set");
    }
    return value;
  }

  public String password(String principal) {
    String password = passwords.get(principal);
    if (password == null) {
      throw new IllegalArgumentException("no Kafka principal " + principal);
    }
    return password;
  }

  /** Whether {@code principal} is one of the platform's applications. */
  public static boolean isApplication(String principal) {
    return GRANTS.containsKey(principal);
  }

  /** Client settings that authenticate as {@code principal}. */
  public Map<String, Object> clientProperties(String principal) {
    return Map.of(
        CommonClientConfigs.SECURITY_PROTOCOL_CONFIG,
        "SASL_PLAINTEXT",
        SaslConfigs.SASL_MECHANISM,
        MECHANISM,
        SaslConfigs.SASL_JAAS_CONFIG,
        jaas(principal, password(principal)));
  }

  static String jaas(String user, String password) {
    return "org.apache.kafka.common.security.scram.ScramLoginModule required username=\""
        + user
        + "\" password=\""
        + password
        + "\";";
  }

  /**
   * Gives every application its credential and its ACLs, connected as {@value #ADMIN}; running it
   * again changes nothing.
   */
  public void apply(Admin admin) {
    List<UserScramCredentialAlteration> users = new ArrayList<>();
    List<AclBinding> acls = new ArrayList<>();
    GRANTS.forEach(
        (principal, grant) -> {
          users.add(
              new UserScramCredentialUpsertion(
                  principal,
                  new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_256, 8192),
                  password(principal)));
          acls.addAll(bindings(principal, grant));
        });
    try {
      admin.alterUserScramCredentials(users).all().get();
      admin.createAcls(acls).all().get();
    } catch (ExecutionException e) {
      throw new IllegalStateException("Kafka principals not set up: " + e.getCause(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static List<AclBinding> bindings(String principal, Grant grant) {
    List<AclBinding> bindings = new ArrayList<>();
    for (String topic : grant.writes()) {
      allow(
          bindings,
          principal,
          ResourceType.TOPIC,
          topic,
          PatternType.LITERAL,
          AclOperation.WRITE,
          AclOperation.DESCRIBE,
          AclOperation.CREATE);
      // the owner creates its dead-letter topic; the consumers write it
      allow(
          bindings,
          principal,
          ResourceType.TOPIC,
          topic + ".DLT",
          PatternType.LITERAL,
          AclOperation.DESCRIBE,
          AclOperation.CREATE);
    }
    for (String topic : grant.reads()) {
      allow(
          bindings,
          principal,
          ResourceType.TOPIC,
          topic,
          PatternType.LITERAL,
          AclOperation.READ,
          AclOperation.DESCRIBE);
      allow(
          bindings,
          principal,
          ResourceType.TOPIC,
          topic + ".DLT",
          PatternType.LITERAL,
          AclOperation.WRITE,
          AclOperation.DESCRIBE,
          AclOperation.CREATE);
    }
    if (!grant.reads().isEmpty()) {
      // its groups: "audit-service", "audit-service-ledger"...
      allow(
          bindings,
          principal,
          ResourceType.GROUP,
          principal,
          PatternType.PREFIXED,
          AclOperation.READ,
          AclOperation.DESCRIBE);
    }
    return bindings;
  }

  private static void allow(
      List<AclBinding> bindings,
      String principal,
      ResourceType type,
      String name,
      PatternType pattern,
      AclOperation... operations) {
    for (AclOperation operation : operations) {
      bindings.add(
          new AclBinding(
              new ResourcePattern(type, name, pattern),
              new AccessControlEntry(
                  "User:" + principal, "*", operation, AclPermissionType.ALLOW)));
    }
  }

  private static String randomPassword() {
    byte[] bytes = new byte[24];
    new SecureRandom().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
