package cn.gov.sh.tradesecret.notifications;

import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;

/**
 * A consumer run in a process of its own by {@link RestartedConsumerIT}, so that it can be killed
 * (kill -9: no LeaveGroup, no commit). Its arguments are the consumer's configuration ({@code
 * key=value}) and, first, the topic; it prints {@code assigned <n>} when it gets partitions and
 * {@code received <value>} for every record.
 */
public final class RoutingConsumerProcess {

  private RoutingConsumerProcess() {}

  public static void main(String[] args) {
    Properties config = new Properties();
    for (int i = 1; i < args.length; i++) {
      int equals = args[i].indexOf('=');
      config.setProperty(args[i].substring(0, equals), args[i].substring(equals + 1));
    }
    try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
      consumer.subscribe(
          List.of(args[0]),
          new ConsumerRebalanceListener() {
            @Override
            public void onPartitionsRevoked(java.util.Collection<TopicPartition> partitions) {}

            @Override
            public void onPartitionsAssigned(java.util.Collection<TopicPartition> partitions) {
              System.out.println("assigned " + partitions.size());
              System.out.flush();
            }
          });
      while (true) {
        consumer
            .poll(Duration.ofMillis(100))
            .forEach(
                record -> {
                  System.out.println("received " + record.value());
                  System.out.flush();
                });
      }
    }
  }
}
