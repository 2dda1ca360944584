package cn.gov.sh.tradesecret.notifications;

import static cn.gov.sh.tradesecret.notifications.NotificationTestData.leadRegistered;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import cn.gov.sh.tradesecret.events.EventEnvelope;
import cn.gov.sh.tradesecret.events.cases.LeadRegistered;
import cn.gov.sh.tradesecret.notifications.webhook.WebhookSecrets;
import cn.gov.sh.tradesecret.notifications.webhook.WebhookSecretsFixture;
import cn.gov.sh.tradesecret.testsupport.DemoAccount;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The signing secrets are stored encrypted; plain ones of before are encrypted at start; a wrong
 * key stops it.
 */
class WebhookSecretsIT extends NotificationIntegrationTest {

  @Autowired WebhookSecrets secrets;

  List<String> stored(String endpointId) {
    return jdbc.queryForList(
        "select secret from webhook_secret where endpoint_id = ?::uuid order by created_at",
        String.class,
        endpointId);
  }

  @Test
  void theStoredColumnIsNeverTheSecretAndRotationKeepsTwoValid() throws Exception {
    WebhookReceiver.Hook hook = RECEIVER.newHook();
    JsonNode registered = registerEndpoint(DemoAccount.SONGJIANG_OFFICER, hook);
    String endpointId = registered.get("endpoint").get("id").asString();
    String first = registered.get("secret").asString();
    String second =
        api.as(DemoAccount.SONGJIANG_OFFICER)
            .post("/api/webhook-endpoints/" + endpointId + "/secret-rotation", "")
            .json()
            .get("secret")
            .asString();

    List<String> stored = stored(endpointId);
    assertThat(stored)
        .hasSize(2)
        .allSatisfy(
            value ->
                assertThat(value)
                    .startsWith("gcm1:")
                    .doesNotContain(
                        first.substring("whsec_".length()), second.substring("whsec_".length())));
    assertThat(
            api.as(DemoAccount.SONGJIANG_OFFICER)
                .get("/api/webhook-endpoints/" + endpointId)
                .body())
        .doesNotContain(first.substring(6), second.substring(6), "gcm1:");

    subscribeWebhook(DemoAccount.SONGJIANG_OFFICER, "case-events", endpointId);
    EventEnvelope<LeadRegistered> event = leadRegistered("310117");
    publish(event);
    await().atMost(PATIENCE).until(() -> hook.concerning(event.subject()).size() == 1);
    WebhookDeliveryIT.verify(first, hook.concerning(event.subject()).get(0));
    WebhookDeliveryIT.verify(second, hook.concerning(event.subject()).get(0));
  }

  @Test
  void aSecretStoredInPlainBeforeIsEncryptedAtStartAndStillSigns() throws Exception {
    WebhookReceiver.Hook hook = RECEIVER.newHook();
    JsonNode registered = registerEndpoint(DemoAccount.SONGJIANG_OFFICER, hook);
    String endpointId = registered.get("endpoint").get("id").asString();
    String secret = registered.get("secret").asString();
    // as the row was before encryption came
    jdbc.update(
        "update webhook_secret set secret = ? where endpoint_id = ?::uuid", secret, endpointId);

    assertThat(WebhookSecretsFixture.sealStoredSecrets(secrets, jdbc, null))
        .isGreaterThanOrEqualTo(1);

    assertThat(stored(endpointId))
        .singleElement()
        .satisfies(
            value -> assertThat(value).startsWith("gcm1:").doesNotContain(secret.substring(6)));
    assertThat(WebhookSecretsFixture.sealStoredSecrets(secrets, jdbc, null)).as("once").isZero();
    subscribeWebhook(DemoAccount.SONGJIANG_OFFICER, "case-events", endpointId);
    EventEnvelope<LeadRegistered> event = leadRegistered("310117");
    publish(event);
    await().atMost(PATIENCE).until(() -> hook.concerning(event.subject()).size() == 1);
    WebhookDeliveryIT.verify(secret, hook.concerning(event.subject()).get(0));
  }

  @Test
  void anInstanceWithAnotherKeyRefusesToStartAndChangesNothing() {
    registerEndpoint(DemoAccount.SONGJIANG_OFFICER, RECEIVER.newHook());
    List<String> before =
        jdbc.queryForList("select secret from webhook_secret order by id", String.class);
    byte[] other = new byte[32];
    new SecureRandom().nextBytes(other);

    assertThatThrownBy(
            () ->
                WebhookSecretsFixture.sealStoredSecrets(
                    secrets, jdbc, Base64.getEncoder().encodeToString(other)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("webhook secrets cannot be decrypted with the configured keys")
        .hasMessageContaining("platform.notifications.secrets.key");

    assertThat(jdbc.queryForList("select secret from webhook_secret order by id", String.class))
        .isEqualTo(before);
  }
}
