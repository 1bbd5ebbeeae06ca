package io.chargeway.core.pile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.chargeway.contract.Addresses;
import io.chargeway.contract.ErrorCode;
import io.chargeway.contract.RedisKeys;
import io.chargeway.contract.command.CommandResult;
import io.chargeway.contract.command.Reboot;
import io.chargeway.contract.json.BusJson;
import io.chargeway.core.CoreFixture;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.eventbus.ReplyException;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import io.vertx.redis.client.Command;
import io.vertx.redis.client.Request;

@ExtendWith(VertxExtension.class)
class PileCommandRouterIT {

    private static CoreFixture core;

    @BeforeAll
    static void deploy(Vertx vertx) {
        core = CoreFixture.deploy(vertx, "commands");
    }

    @Test
    void aCommandForAPileWithoutALeaseFailsAsOffline() {
        ReplyException failure = core.requestFailure(Addresses.CORE_PILE_COMMAND, new Reboot("32010600019003", false));

        assertThat(failure.failureCode()).isEqualTo(ErrorCode.PILE_OFFLINE.busCode());
        assertThat(failure.getMessage()).isEqualTo("pile 32010600019003 is not connected to any edge node");
    }

    @Test
    void aCommandReachesTheEdgeNodeNamedByTheLeaseAndItsReplyComesBack() {
        lease("32010600019004", "n1");
        AtomicReference<JsonObject> received = new AtomicReference<>();
        AtomicReference<String> correlation = new AtomicReference<>();
        MessageConsumer<JsonObject> edge = core.vertx.eventBus().consumer(Addresses.edgeCommands("n1"), message -> {
            received.set(message.body());
            correlation.set(message.headers().get("correlationId"));
            message.reply(BusJson.toJson(new CommandResult("32010600019004", "command.reboot", "c-42", true, null,
                    Map.of("result", "SUCCESS"), 12)));
        });
        CoreFixture.await(edge.completion());
        try {
            JsonObject command = BusJson.toJson(new Reboot("32010600019004", true));
            JsonObject reply = CoreFixture.await(core.vertx.eventBus().<JsonObject>request(Addresses.CORE_PILE_COMMAND, command,
                    new DeliveryOptions().addHeader("correlationId", "c-42"))).body();

            assertThat(received.get()).isEqualTo(command);
            assertThat(correlation.get()).isEqualTo("c-42");
            CommandResult result = BusJson.fromJson(reply, CommandResult.class);
            assertThat(result.success()).isTrue();
            assertThat(result.reply()).containsEntry("result", "SUCCESS");
        } finally {
            CoreFixture.await(edge.unregister());
        }
    }

    @Test
    void aFailureOfTheEdgeIsPassedOnWithItsCode() {
        lease("32010600019005", "n2");
        MessageConsumer<JsonObject> edge = core.vertx.eventBus().consumer(Addresses.edgeCommands("n2"),
                message -> message.fail(ErrorCode.PILE_BUSY.busCode(), "gun 1 of pile 32010600019005 is busy with a start"));
        CoreFixture.await(edge.completion());
        try {
            ReplyException failure = core.requestFailure(Addresses.CORE_PILE_COMMAND, new Reboot("32010600019005", false));

            assertThat(failure.failureCode()).isEqualTo(ErrorCode.PILE_BUSY.busCode());
            assertThat(failure.getMessage()).isEqualTo("gun 1 of pile 32010600019005 is busy with a start");
        } finally {
            CoreFixture.await(edge.unregister());
        }
    }

    @Test
    void anEdgeThatDoesNotAnswerInTimeFailsAsCommandTimeout() {
        lease("32010600019006", "n3");
        MessageConsumer<JsonObject> edge = core.vertx.eventBus().consumer(Addresses.edgeCommands("n3"), message -> { });
        CoreFixture.await(edge.completion());
        try {
            ReplyException failure = core.requestFailure(Addresses.CORE_PILE_COMMAND, new Reboot("32010600019006", false));

            assertThat(failure.failureCode()).isEqualTo(ErrorCode.COMMAND_TIMEOUT.busCode());
            assertThat(failure.getMessage()).contains("edge node n3").contains("within " + CoreFixture.COMMAND_TIMEOUT_SECONDS + " s");
        } finally {
            CoreFixture.await(edge.unregister());
        }
    }

    @Test
    void aLeaseNamingANodeThatIsGoneFailsAsOffline() {
        lease("32010600019009", "gone");

        ReplyException failure = core.requestFailure(Addresses.CORE_PILE_COMMAND, new Reboot("32010600019009", false));

        assertThat(failure.failureCode()).isEqualTo(ErrorCode.PILE_OFFLINE.busCode());
        assertThat(failure.getMessage()).contains("edge node gone");
    }

    @Test
    void aBodyThatIsNotACommandIsABadRequest() {
        ReplyException failure = core.requestFailure(Addresses.CORE_PILE_COMMAND, new JsonObject().put("type", "command.dance"));

        assertThat(failure.failureCode()).isEqualTo(ErrorCode.BAD_REQUEST.busCode());
    }

    private static void lease(String pileNo, String nodeId) {
        CoreFixture.await(core.redis.send(Request.cmd(Command.SET).arg(RedisKeys.pileNode(pileNo)).arg(nodeId).arg("EX").arg(60)));
    }
}
