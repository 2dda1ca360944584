package cn.gov.sh.tradesecret.notifications.webhook;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface WebhookEndpointRepository extends JpaRepository<WebhookEndpoint, UUID> {

  List<WebhookEndpoint> findByUnitOrderByCreatedAt(String unit);

  List<WebhookEndpoint> findAllByOrderByCreatedAt();

  boolean existsByIdAndUnit(UUID id, String unit);
}
