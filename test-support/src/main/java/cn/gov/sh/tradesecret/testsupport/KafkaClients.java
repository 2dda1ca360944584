package cn.gov.sh.tradesecret.testsupport;

import cn.gov.sh.tradesecret.infra.KafkaAccess;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.CommonClientConfigs;

/**
 * Settings of a test's own Kafka clients (probes, writers of raw records): the platform's {@value
 * KafkaAccess#ADMIN}, which may read and write every topic, as an operator's tool would.
 */
public final class KafkaClients {

  private KafkaClients() {}

  /** Bootstrap servers and the admin's credentials for the broker at {@code bootstrapServers}. */
  public static Map<String, Object> admin(String bootstrapServers) {
    return as(KafkaAccess.ADMIN, bootstrapServers);
  }

  /** Bootstrap servers and the credentials of {@code principal}. */
  public static Map<String, Object> as(String principal, String bootstrapServers) {
    Map<String, Object> properties = new HashMap<>(access().clientProperties(principal));
    properties.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    return properties;
  }

  /** The password of {@code principal} on every broker the tests start. */
  public static String password(String principal) {
    return access().password(principal);
  }

  /** The passwords of every broker the tests start, embedded or in a container. */
  static KafkaAccess access() {
    return EmbeddedInfrastructure.KAFKA_ACCESS;
  }
}
