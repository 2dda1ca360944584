package cn.gov.sh.tradesecret.notifications.subscription;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SubscriptionRepository extends JpaRepository<Subscription, UUID> {

  List<Subscription> findByUnitOrderByCreatedAt(String unit);

  Optional<Subscription> findByIdAndUnit(UUID id, String unit);

  List<Subscription> findByEndpointIdAndChannel(UUID endpointId, Channel channel);

  @Query("""
      select s from Subscription s
      where s.channel = :channel
        and s.eventSelector in (:type, :topic)
        and (s.district is null or s.district = :district)
        and (s.subject is null or s.subject = :subject)
      """)
  List<Subscription> findMatching(Channel channel, String type, String topic, String district, String subject);
}
