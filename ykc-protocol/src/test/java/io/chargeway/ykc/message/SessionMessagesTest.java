package io.chargeway.ykc.message;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.chargeway.ykc.field.PileNo;
import io.chargeway.ykc.message.session.Heartbeat;
import io.chargeway.ykc.message.session.HeartbeatResponse;
import io.chargeway.ykc.message.session.LoginRequest;
import io.chargeway.ykc.message.session.LoginResponse;
import io.chargeway.ykc.message.session.PileType;
import io.chargeway.ykc.testing.HexFixture;
import io.chargeway.ykc.testing.RoundTrip;

class SessionMessagesTest {

    private static final PileNo PILE = PileNo.parse("32010600019236");

    @Test
    void loginRequestFixtureDecodesEveryField() {
        LoginRequest login = RoundTrip.bytesToRecordAndBack(HexFixture.load("0x01-login-request.hex"), LoginRequest.class);

        assertThat(login).isEqualTo(new LoginRequest(PILE, PileType.DC, 2, 0x10, "V4.1.50", 1, "89860419102000426841", 0));
        assertThat(login.protocolVersion()).isEqualTo("V1.6");
        RoundTrip.recordToBytesAndBack(login);
    }

    @Test
    void loginResponseFromRealTrafficDecodes() {
        LoginResponse response = RoundTrip.bytesToRecordAndBack(HexFixture.load("0x02-login-response.hex"), LoginResponse.class);

        assertThat(response).isEqualTo(new LoginResponse(PileNo.parse("03610020011013"), true));
        RoundTrip.recordToBytesAndBack(new LoginResponse(PILE, false));
    }

    @Test
    void heartbeatAndItsResponseRoundTrip() {
        Heartbeat heartbeat = RoundTrip.bytesToRecordAndBack(HexFixture.load("0x03-heartbeat.hex"), Heartbeat.class);
        HeartbeatResponse response = RoundTrip.bytesToRecordAndBack(HexFixture.load("0x04-heartbeat-response.hex"),
                HeartbeatResponse.class);

        assertThat(heartbeat).isEqualTo(new Heartbeat(PILE, 1, false));
        assertThat(response).isEqualTo(HeartbeatResponse.to(heartbeat));
        RoundTrip.recordToBytesAndBack(new Heartbeat(PILE, 2, true));
    }
}
