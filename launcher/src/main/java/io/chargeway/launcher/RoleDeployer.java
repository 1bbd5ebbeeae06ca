package io.chargeway.launcher;

import java.util.ArrayList;
import java.util.List;

import io.chargeway.core.CoreVerticle;
import io.chargeway.edge.EdgeVerticle;
import io.chargeway.web.WebVerticle;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deploys the verticles of a role in dependency order: core first (it migrates the database
 * and answers the edge's login questions), then edge, then web. Every verticle gets the same
 * merged configuration and reads its own section.
 */
public final class RoleDeployer {

    private static final Logger LOG = LoggerFactory.getLogger(RoleDeployer.class);

    private final Vertx vertx;
    private final JsonObject config;
    private final List<String> deployments = new ArrayList<>();

    /** A deployer for one Vert.x instance and configuration. */
    public RoleDeployer(Vertx vertx, JsonObject config) {
        this.vertx = vertx;
        this.config = config;
    }

    /**
     * Deploys the role's verticles.
     *
     * @return completes when all are started; fails with the first verticle's start failure
     */
    public Future<Void> deploy(Role role) {
        Future<Void> chain = Future.succeededFuture();
        if (role.runsCore()) {
            chain = chain.compose(v -> deploy("core", new CoreVerticle()));
        }
        if (role.runsEdge()) {
            chain = chain.compose(v -> deploy("edge", new EdgeVerticle()));
        }
        if (role.runsWeb()) {
            chain = chain.compose(v -> deploy("web", new WebVerticle()));
        }
        return chain;
    }

    /** Undeploys in reverse order: web, edge, core. */
    public Future<Void> undeployAll() {
        Future<Void> chain = Future.succeededFuture();
        for (int i = deployments.size() - 1; i >= 0; i--) {
            String id = deployments.get(i);
            chain = chain.compose(v -> vertx.undeploy(id).recover(err -> {
                LOG.warn("undeploy failed [deployment: {}]", id, err);
                return Future.succeededFuture();
            }));
        }
        return chain;
    }

    private Future<Void> deploy(String name, io.vertx.core.Deployable verticle) {
        return vertx.deployVerticle(verticle, new DeploymentOptions().setConfig(config))
                .onSuccess(deployments::add)
                .onFailure(err -> LOG.error("{} role failed to start: {}", name, err.getMessage()))
                .mapEmpty();
    }
}
