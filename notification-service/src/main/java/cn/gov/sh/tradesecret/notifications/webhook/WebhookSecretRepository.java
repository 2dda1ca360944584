package cn.gov.sh.tradesecret.notifications.webhook;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface WebhookSecretRepository extends JpaRepository<WebhookSecret, UUID> {

  List<WebhookSecret> findByEndpointIdOrderByCreatedAtDesc(UUID endpointId);
}
