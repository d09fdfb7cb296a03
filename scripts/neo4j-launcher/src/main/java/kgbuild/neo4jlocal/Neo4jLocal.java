package kgbuild.neo4jlocal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.logging.Level;
import org.neo4j.logging.log4j.Log4jLogProvider;

/**
 * Runs a Neo4j Community DBMS in this JVM with the Bolt connector (and optionally the HTTP
 * connector) listening on 127.0.0.1, authentication on, until the JVM gets SIGTERM/SIGINT.
 *
 * <p>Used by scripts/neo4j-local because Maven Central serves the Neo4j libraries but not the
 * standalone server distribution.
 *
 * <pre>
 * java -jar neo4j-launcher.jar --home DIR --bolt-port N [--http-port N] [--config FILE]
 *      [--password-file FILE]
 * </pre>
 *
 * The password of user {@code neo4j} is read from --password-file (never from the command line,
 * which every local user can see in ps) and applied on every start, so the data directory always
 * accepts the password the wrapper script hands out. --http-port 0 disables HTTP.
 *
 * <p>stdout gets Neo4j's user log plus two marker lines the script looks for:
 * {@value #STARTED_MARKER} once Bolt accepts connections and {@value #STOPPED_MARKER} after a
 * clean shutdown.
 */
public final class Neo4jLocal {
    static final String STARTED_MARKER = "NEO4J-LOCAL STARTED";
    static final String STOPPED_MARKER = "NEO4J-LOCAL STOPPED";
    private static final String HOST = "127.0.0.1";

    private Neo4jLocal() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = parseArgs(args);
        Path home = Path.of(required(opts, "--home")).toAbsolutePath();
        int boltPort = Integer.parseInt(required(opts, "--bolt-port"));
        int httpPort = Integer.parseInt(opts.getOrDefault("--http-port", "0"));

        DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(home);
        // Tuning (memory, tx logs, usage report, ...) lives in a neo4j.conf style file written by
        // the wrapper script; unknown keys fail the start (strict validation), which is wanted.
        if (opts.containsKey("--config")) {
            builder.loadPropertiesFromFile(Path.of(opts.get("--config")));
        }
        builder.setUserLogProvider(new Log4jLogProvider(System.out, Level.INFO))
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(HOST, boltPort))
                .setConfig(BoltConnector.advertised_address, new SocketAddress(HOST, boltPort))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(HttpsConnector.enabled, false)
                .setConfig(HttpConnector.enabled, httpPort > 0);
        if (httpPort > 0) {
            builder.setConfig(HttpConnector.listen_address, new SocketAddress(HOST, httpPort))
                    .setConfig(HttpConnector.advertised_address, new SocketAddress(HOST, httpPort));
        }

        DatabaseManagementService dbms = builder.build();
        CountDownLatch stopped = new CountDownLatch(1);
        // SIGTERM (scripts/neo4j-local stop) and SIGINT run this hook: checkpoint + close stores.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                dbms.shutdown();
                System.out.println(STOPPED_MARKER);
            } finally {
                stopped.countDown();
            }
        }, "neo4j-local-shutdown"));

        if (opts.containsKey("--password-file")) {
            setPassword(dbms, readPassword(Path.of(opts.get("--password-file"))));
        }

        System.out.println(STARTED_MARKER + " bolt://" + HOST + ":" + boltPort
                + (httpPort > 0 ? " http://" + HOST + ":" + httpPort : ""));
        System.out.flush();
        stopped.await();
    }

    /** Sets the password of the built-in admin user {@code neo4j}; a no-op if it is already set. */
    private static void setPassword(DatabaseManagementService dbms, String password) {
        try {
            // Embedded transactions run with full access, so the system database can be altered
            // without the (initially expired) default password.
            dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
                    Map.of("password", password));
        } catch (RuntimeException e) {
            // Neo4j refuses to "change" a password to the one already set: that is our steady state.
            if (!messages(e).contains("Old password and new password cannot be the same")) {
                // Never echo the password; the messages we log do not contain it.
                System.out.println("neo4j-local: cannot set the password of user neo4j: " + messages(e));
                System.out.flush();
                Runtime.getRuntime().exit(2);
            }
        }
    }

    private static String messages(Throwable e) {
        StringBuilder sb = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            sb.append(t.getMessage()).append(" | ");
        }
        return sb.toString();
    }

    private static String readPassword(Path file) throws IOException {
        String password = Files.readString(file, StandardCharsets.UTF_8).strip();
        if (password.isEmpty()) {
            throw new IllegalArgumentException("password file is empty: " + file);
        }
        return password;
    }

    private static Map<String, String> parseArgs(String[] args) {
        Map<String, String> opts = new HashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("usage: --home DIR --bolt-port N [--http-port N]"
                        + " [--config FILE] [--password-file FILE]; bad argument: " + args[i]);
            }
            opts.put(args[i], args[i + 1]);
        }
        return opts;
    }

    private static String required(Map<String, String> opts, String name) {
        String value = opts.get(name);
        if (value == null) {
            throw new IllegalArgumentException("missing " + name);
        }
        return value;
    }
}
