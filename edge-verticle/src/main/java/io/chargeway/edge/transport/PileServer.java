package io.chargeway.edge.transport;

import java.util.function.LongSupplier;

import io.chargeway.edge.EdgeOptions;
import io.chargeway.edge.ops.EdgeMetrics;
import io.chargeway.edge.session.FrameHandler;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.net.NetServer;
import io.vertx.core.net.NetServerOptions;
import io.vertx.core.net.NetSocket;

/**
 * The TCP server piles connect to (YKC reference 1: the pile is the client): NetServer lifecycle
 * only, like Hono's {@code TcpServer}. Every accepted socket gets a {@link PileConnection} with its
 * own decoder; all connections share one {@link FrameHandler} on the verticle's event loop.
 */
public final class PileServer {

    private final Vertx vertx;
    private final EdgeOptions options;
    private final FrameHandler handler;
    private final EdgeMetrics metrics;
    private final LongSupplier clock;
    private NetServer server;
    private long nextConnectionId;

    /**
     * Creates the server; nothing is bound until {@link #listen()}.
     *
     * @param clock monotonic milliseconds, stamped on new sessions
     */
    public PileServer(Vertx vertx, EdgeOptions options, FrameHandler handler, EdgeMetrics metrics, LongSupplier clock) {
        this.vertx = vertx;
        this.options = options;
        this.handler = handler;
        this.metrics = metrics;
        this.clock = clock;
    }

    /**
     * Binds the configured host and port; call from the verticle's context.
     *
     * @return a Future with the bound port; failed if the port cannot be bound
     */
    public Future<Integer> listen() {
        NetServerOptions serverOptions = new NetServerOptions()
                .setHost(options.host())
                .setPort(options.port())
                .setTcpKeepAlive(true)
                .setTcpNoDelay(true)
                .setAcceptBacklog(4096);
        server = vertx.createNetServer(serverOptions).connectHandler(this::accept);
        return server.listen().map(NetServer::actualPort);
    }

    /** Whether the server is bound. */
    public boolean listening() {
        return server != null && server.actualPort() > 0;
    }

    /** The bound port, or 0 before {@link #listen()} completed. */
    public int actualPort() {
        return server == null ? 0 : server.actualPort();
    }

    /**
     * Stops accepting connections (open sockets are closed too).
     *
     * @return a Future completed when the server is closed
     */
    public Future<Void> close() {
        if (server == null) {
            return Future.succeededFuture();
        }
        NetServer s = server;
        server = null;
        return s.close();
    }

    private void accept(NetSocket socket) {
        new PileConnection(socket, ++nextConnectionId, options.maxFrameLength(), handler, metrics, clock.getAsLong()).start();
    }
}
