package cn.gov.sh.tradesecret.pilots.support;

import cn.gov.sh.tradesecret.testsupport.TopicProbe;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Awaits records on a probe, looking at every record it has seen (so several awaits on one probe
 * each find their record, whatever batch it came in).
 */
public final class Events {

  private Events() {}

  public static ConsumerRecord<String, String> await(TopicProbe probe, String key, String type) {
    return await(
        probe, r -> key.equals(r.key()) && r.value().contains("\"type\":\"" + type + "\""));
  }

  public static ConsumerRecord<String, String> await(
      TopicProbe probe, Predicate<ConsumerRecord<String, String>> match) {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (System.nanoTime() < deadline) {
      var found = probe.drain(Duration.ofMillis(200)).stream().filter(match).findFirst();
      if (found.isPresent()) {
        return found.get();
      }
    }
    throw new AssertionError("no matching record within 20 s");
  }

  /** Every matching record seen within {@code window}. */
  public static List<ConsumerRecord<String, String>> all(
      TopicProbe probe, Duration window, Predicate<ConsumerRecord<String, String>> match) {
    return probe.drain(window).stream().filter(match).toList();
  }
}
