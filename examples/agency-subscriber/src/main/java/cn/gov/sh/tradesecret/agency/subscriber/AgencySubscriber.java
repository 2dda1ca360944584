package cn.gov.sh.tradesecret.agency.subscriber;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.EmptyWebhookSecretException;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * An agency's webhook receiver, as small as it can be: the JDK's HTTP server on {@code POST
 * /webhooks}, the Standard Webhooks library, the platform's event catalogue. Run it with
 *
 * <pre>
 * WEBHOOK_SECRET=whsec_... CATALOGUE_URL=https://platform/api/event-catalogue \
 *   STORE=received PORT=8500 java -jar agency-subscriber.jar
 * </pre>
 *
 * and register {@code https://<its address>/webhooks} with {@code POST /api/webhook-endpoints}; the
 * secret is the one that registration returns.
 */
public final class AgencySubscriber implements AutoCloseable {

  /** Where the platform posts. */
  public static final String PATH = "/webhooks";

  /**
   * How to run.
   *
   * @param bindAddress the address to listen on, e.g. {@code 0.0.0.0}
   * @param port the port, 0 for any free one
   * @param secret the endpoint's signing secret ({@code whsec_...})
   * @param catalogue the platform's event catalogue, e.g. {@code
   *     https://platform.example/api/event-catalogue}
   * @param store the directory the received events are stored in
   */
  public record Settings(String bindAddress, int port, String secret, URI catalogue, Path store) {

    static Settings fromEnvironment() {
      return new Settings(
          System.getenv().getOrDefault("BIND_ADDRESS", "0.0.0.0"),
          Integer.parseInt(System.getenv().getOrDefault("PORT", "8500")),
          required("WEBHOOK_SECRET"),
          URI.create(required("CATALOGUE_URL")),
          Path.of(System.getenv().getOrDefault("STORE", "received")));
    }

    private static String required(String name) {
      String value = System.getenv(name);
      if (value == null || value.isBlank()) {
        throw new IllegalArgumentException("set " + name);
      }
      return value;
    }
  }

  private final HttpServer server;
  private final ExecutorService workers;
  private final ReceivedEvents received;

  private AgencySubscriber(HttpServer server, ExecutorService workers, ReceivedEvents received) {
    this.server = server;
    this.workers = workers;
    this.received = received;
  }

  /** Listens until closed. */
  public static AgencySubscriber start(Settings settings) throws IOException {
    Webhook webhook;
    try {
      webhook = new Webhook(settings.secret());
    } catch (EmptyWebhookSecretException e) {
      throw new IllegalArgumentException("the webhook secret is empty", e);
    }
    ReceivedEvents received = new ReceivedEvents(settings.store());
    HttpServer server =
        HttpServer.create(new InetSocketAddress(settings.bindAddress(), settings.port()), 0);
    server.createContext(
        PATH, new WebhookHandler(webhook, new CatalogueSchemas(settings.catalogue()), received));
    ExecutorService workers = Executors.newFixedThreadPool(4);
    server.setExecutor(workers);
    server.start();
    return new AgencySubscriber(server, workers, received);
  }

  /** The URL to register with the platform, as seen on this host. */
  public URI url() {
    return URI.create(
        "http://"
            + server.getAddress().getHostString()
            + ":"
            + server.getAddress().getPort()
            + PATH);
  }

  public ReceivedEvents received() {
    return received;
  }

  @Override
  public void close() {
    server.stop(1);
    workers.shutdown();
  }

  public static void main(String[] args) throws IOException {
    AgencySubscriber subscriber = start(Settings.fromEnvironment());
    Runtime.getRuntime().addShutdownHook(new Thread(subscriber::close));
    System.out.println("receiving webhooks on " + subscriber.url());
  }
}
