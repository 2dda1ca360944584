package cn.gov.sh.tradesecret.notifications.subscription;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface SubscriptionRepository extends JpaRepository<Subscription, UUID> {

  List<Subscription> findByUnitOrderByCreatedAt(String unit);

  Optional<Subscription> findByIdAndUnit(UUID id, String unit);

  List<Subscription> findByEndpointIdAndChannel(UUID endpointId, Channel channel);
}
