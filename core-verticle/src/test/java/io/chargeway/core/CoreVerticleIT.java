package io.chargeway.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.chargeway.infra.embedded.SharedTestInfrastructure;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;

@ExtendWith(VertxExtension.class)
class CoreVerticleIT {

    @Test
    void aBadConfigurationFailsTheDeploymentNamingTheKey(Vertx vertx) {
        JsonObject config = SharedTestInfrastructure.config().put("core", new JsonObject().put("commandTimeoutSeconds", "soon"));

        Throwable failure = CoreFixture.failureOf(vertx.deployVerticle(new CoreVerticle(), new DeploymentOptions().setConfig(config)));

        assertThat(failure).hasMessage("invalid configuration: core.commandTimeoutSeconds must be an integer (got soon)");
    }

    @Test
    void anUnreachableDatabaseFailsTheDeploymentAndLeavesNothingRegistered(Vertx vertx) {
        JsonObject config = SharedTestInfrastructure.config();
        config.getJsonObject("database").put("port", closedPort());

        Throwable failure = CoreFixture.failureOf(vertx.deployVerticle(new CoreVerticle(), new DeploymentOptions().setConfig(config)));

        assertThat(failure).hasMessageContaining("Unable to obtain connection");
        assertThat(vertx.deploymentIDs()).isEmpty();
    }

    @Test
    void aSecondStartOnTheSameDatabaseFindsTheSchemaAndTheSeedInPlace(Vertx vertx) {
        JsonObject config = SharedTestInfrastructure.configWithNewDatabase("restart")
                .put("core", new JsonObject().put("seedDemo", true));

        String first = CoreFixture.await(vertx.deployVerticle(new CoreVerticle(), new DeploymentOptions().setConfig(config)));
        CoreFixture.await(vertx.undeploy(first));
        CoreFixture.await(vertx.deployVerticle(CoreVerticle::new, new DeploymentOptions().setConfig(config).setInstances(2)));

        CoreFixture fixture = CoreFixture.attach(vertx, config);
        assertThat(fixture.count("SELECT COUNT(*) FROM piles")).isEqualTo(10);
        assertThat(fixture.count("SELECT COUNT(*) FROM tenants")).isEqualTo(1);
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
