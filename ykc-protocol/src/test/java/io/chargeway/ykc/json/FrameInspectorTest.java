package io.chargeway.ykc.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.chargeway.ykc.frame.CrcOrder;
import io.chargeway.ykc.frame.FrameType;
import io.chargeway.ykc.testing.HexFixture;

class FrameInspectorTest {

    private static final String LOGIN_RESPONSE = "68 0C 00 00 00 02 03 61 00 20 01 10 13 00 C1 7F";

    @Test
    void decodesARealLoginResponseIntoNamedFields() {
        FrameInspector.Inspection result = FrameInspector.decode(LOGIN_RESPONSE);

        assertThat(result.ok()).isTrue();
        ObjectNode frame = result.frames().get(0);
        assertThat(frame.get("type").asText()).isEqualTo("0x02");
        assertThat(frame.get("name").asText()).isEqualTo("Login response");
        assertThat(frame.get("seq").asInt()).isZero();
        assertThat(frame.get("crcOrder").asText()).isEqualTo("low-first");
        assertThat(frame.get("fields").get("pileNo").asText()).isEqualTo("03610020011013");
        assertThat(frame.get("fields").get("accepted").asBoolean()).isTrue();
    }

    @Test
    void toleratesWhitespaceCommasAndHexPrefixes() {
        String messy = "0x68,0x0C 0x00 0x00\n00 02 0361002001 1013 00\tC17F";

        assertThat(FrameInspector.decode(messy).ok()).isTrue();
    }

    @Test
    void saysWhichCrcWasExpectedForABadOne() {
        FrameInspector.Inspection result = FrameInspector.decode(LOGIN_RESPONSE.replace("C1 7F", "C1 7E"));

        assertThat(result.ok()).isFalse();
        assertThat(result.problems().get(0)).contains("BAD_CRC").contains("CRC expected 0x7FC1 (C1 7F low-first)")
                .contains("C1 7E");
    }

    @Test
    void saysHowLongTheFrameShouldHaveBeenWhenTheInputIsCut() {
        FrameInspector.Inspection result = FrameInspector.decode("68 0C 00 00 00 02 03 61 00 20");

        assertThat(result.ok()).isFalse();
        assertThat(result.problems()).singleElement().asString()
                .contains("length byte 0x0C announces a frame of 16 bytes, but the input ends after 10");
    }

    @Test
    void namesAnUnknownFrameType() {
        byte[] unknown = HexFixture.parse("68 05 00 00 00 7F AA crc");

        FrameInspector.Inspection result = FrameInspector.decode(FrameInspector.hex(unknown));

        assertThat(result.problems()).singleElement().asString().contains("UNKNOWN_TYPE").contains("0x7F");
    }

    @Test
    void rejectsTextThatIsNotHex() {
        assertThat(FrameInspector.decode("68 0G").problems()).singleElement().asString().contains("'G' is not a hex digit");
        assertThat(FrameInspector.decode("68 0").problems()).singleElement().asString().contains("odd number of hex digits");
    }

    @Test
    void encodeNamesAMissingField() {
        assertThatThrownBy(() -> FrameInspector.encode(FrameType.LOGIN_RESPONSE, "{\"pileNo\":\"03610020011013\"}", 0,
                CrcOrder.LOW_FIRST))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("accepted");
    }

    @Test
    void encodeRejectsAnUnknownField() {
        assertThatThrownBy(() -> FrameInspector.encode(FrameType.LOGIN_RESPONSE,
                "{\"pileNo\":\"03610020011013\",\"accepted\":true,\"colour\":\"red\"}", 0, CrcOrder.LOW_FIRST))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("colour");
    }

    /** Every fixture survives bytes -> JSON -> bytes, so the tool can re-encode anything it decodes. */
    @Test
    void everyFixtureRoundTripsThroughJson() throws Exception {
        List<Path> fixtures = fixtures();
        assertThat(fixtures).isNotEmpty();
        for (Path fixture : fixtures) {
            byte[] frame = HexFixture.load(fixture.getFileName().toString());
            FrameInspector.Inspection result = FrameInspector.decode(FrameInspector.hex(frame));
            assertThat(result.problems()).as(fixture.toString()).isEmpty();
            ObjectNode json = result.frames().get(0);
            byte[] again = FrameInspector.encode(FrameType.parse(json.get("type").asText()),
                    FrameJson.write(json.get("fields"), false), json.get("seq").asInt(),
                    CrcOrder.fromLabel(json.get("crcOrder").asText()));
            assertThat(FrameInspector.hex(again)).as(fixture.toString()).isEqualTo(FrameInspector.hex(frame));
        }
    }

    private static List<Path> fixtures() throws IOException, URISyntaxException {
        Path dir = Path.of(FrameInspectorTest.class.getResource("/frames").toURI());
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".hex")).sorted().toList();
        }
    }
}
