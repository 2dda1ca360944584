package cn.gov.sh.tradesecret.infra;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The command line that {@code ./platform} uses to start the local infrastructure. Each server is
 * left running in its own process; its process id is written to a file so that {@code ./platform
 * down} stops it by that id.
 *
 * <pre>
 * postgres &lt;dataDir&gt; &lt;port&gt; &lt;pidFile&gt; &lt;database&gt;...
 * kafka &lt;dir&gt; &lt;port&gt; &lt;controllerPort&gt; &lt;pidFile&gt;
 * </pre>
 */
public final class LocalInfra {

  /** The passwords of the broker's principals, beside its data; {@code ./platform} reads them. */
  static final String CREDENTIALS = "credentials.properties";

  private LocalInfra() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 1) {
      usage();
    }
    switch (args[0]) {
      case "postgres" -> {
        if (args.length < 4) {
          usage();
        }
        PostgresServer postgres =
            PostgresServer.start(Path.of(args[1]), Integer.parseInt(args[2]), false);
        List<String> databases = Arrays.asList(args).subList(4, args.length);
        databases.forEach(postgres::ensureDatabase);
        Files.writeString(Path.of(args[3]), Long.toString(postgres.pid()));
        System.out.println(
            "PostgreSQL ready on port " + postgres.port() + ", databases " + databases);
      }
      case "kafka" -> {
        if (args.length != 5) {
          usage();
        }
        Path directory = Path.of(args[1]);
        Path passwords = directory.resolve(CREDENTIALS);
        if (Files.exists(directory.resolve("data/meta.properties")) && !Files.exists(passwords)) {
          System.err.println(
              "Kafka's data in "
                  + directory
                  + " predates authentication (no "
                  + CREDENTIALS
                  + "): remove that directory (its events go with it) and start again");
          System.exit(1);
        }
        KafkaBroker broker =
            KafkaBroker.start(
                directory,
                Integer.parseInt(args[2]),
                Integer.parseInt(args[3]),
                System.getProperty("java.class.path"),
                KafkaAccess.loadOrCreate(passwords));
        Files.writeString(Path.of(args[4]), Long.toString(broker.pid()));
        System.out.println("Kafka ready on " + broker.bootstrapServers());
      }
      default -> usage();
    }
    // The servers run on without this JVM; skip shutdown hooks that would stop them.
    Runtime.getRuntime().halt(0);
  }

  private static void usage() {
    System.err.println(
        "usage: LocalInfra postgres <dataDir> <port> <pidFile> <database>...\n"
            + "       LocalInfra kafka <dir> <port> <controllerPort> <pidFile>");
    System.exit(2);
  }
}
