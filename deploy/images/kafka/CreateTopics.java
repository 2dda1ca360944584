import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import cn.gov.sh.tradesecret.infra.KafkaAccess;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewPartitions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Creates topics with at least the given partition counts (replication factor 1), waiting for the
 * broker up to 120 s; idempotent: existing topics are kept, grown when they have fewer partitions.
 * Connected as the platform's admin (PLATFORM_KAFKA_ADMIN_PASSWORD), it then gives every
 * application its SASL/SCRAM credential and its ACLs (local-infra's KafkaAccess, with the passwords
 * KAFKA_PASSWORD_<APPLICATION> from the environment).
 *
 * <pre>java -cp '/opt/kafka/libs/*:/opt/kafka/tools' CreateTopics kafka:9092 case-events:6 case-events.DLT:1</pre>
 */
public final class CreateTopics {

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: CreateTopics <bootstrap servers> <topic:partitions>...");
      System.exit(2);
    }
    Map<String, Integer> wanted = new HashMap<>();
    for (int i = 1; i < args.length; i++) {
      String[] parts = args[i].split(":");
      wanted.put(parts[0], parts.length > 1 ? Integer.parseInt(parts[1]) : 1);
    }
    Properties config = new Properties();
    config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, args[0]);
    KafkaAccess access = KafkaAccess.fromEnvironment(System.getenv());
    config.putAll(access.clientProperties(KafkaAccess.ADMIN));
    config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
    config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10000);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    Exception last = null;
    try (Admin admin = Admin.create(config)) {
      while (System.nanoTime() < deadline) {
        try {
          ensure(admin, wanted);
          access.apply(admin);
          System.out.println("principals and ACLs of every application set");
          return;
        } catch (ExecutionException e) {
          last = e;
          System.out.println("waiting for the broker: " + e.getCause());
          Thread.sleep(1000);
        }
      }
    }
    System.err.println("topics not created: " + last);
    System.exit(1);
  }

  private static void ensure(Admin admin, Map<String, Integer> wanted) throws Exception {
    Set<String> existing = admin.listTopics().names().get();
    List<NewTopic> create = new ArrayList<>();
    wanted.forEach((name, partitions) -> {
      if (!existing.contains(name)) {
        create.add(new NewTopic(name, partitions, (short) 1));
      }
    });
    for (NewTopic topic : create) {
      try {
        admin.createTopics(List.of(topic)).all().get();
        System.out.println("created " + topic.name() + " (" + topic.numPartitions() + " partitions)");
      } catch (ExecutionException e) {
        if (!(e.getCause() instanceof TopicExistsException)) {
          throw e;
        }
      }
    }
    Map<String, TopicDescription> described = admin.describeTopics(wanted.keySet()).allTopicNames().get();
    for (Map.Entry<String, Integer> entry : wanted.entrySet()) {
      int actual = described.get(entry.getKey()).partitions().size();
      if (actual < entry.getValue()) {
        admin.createPartitions(Map.of(entry.getKey(), NewPartitions.increaseTo(entry.getValue()))).all().get();
        System.out.println("grew " + entry.getKey() + " from " + actual + " to " + entry.getValue() + " partitions");
      } else {
        System.out.println("ok " + entry.getKey() + " (" + actual + " partitions)");
      }
    }
  }
}
