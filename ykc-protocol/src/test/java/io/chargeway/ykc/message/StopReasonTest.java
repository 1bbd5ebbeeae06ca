package io.chargeway.ykc.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.chargeway.ykc.message.charging.StopReason;
import io.chargeway.ykc.message.charging.StopReasonCategory;

/** The stop reason table of section 12 and its JSON form. */
class StopReasonTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<Integer> RESERVED = Set.of(0x46, 0x47, 0x48, 0x49, 0x58, 0x65, 0x66, 0x67, 0x68, 0x69, 0x78,
            0x8A, 0x8B, 0x8C, 0x8D, 0x8E, 0x8F);

    @Test
    void everyCodeOfTheTableHasItsClassAndAMeaning() {
        for (int code = StopReason.FIRST_CODE; code <= StopReason.LAST_CODE; code++) {
            StopReason reason = new StopReason(code);
            assertThat(reason.category()).as(reason.hex()).isNotEqualTo(StopReasonCategory.VENDOR);
            assertThat(reason.description()).as(reason.hex()).isNotBlank().doesNotContain("vendor");
            assertThat(reason.reserved()).as(reason.hex()).isEqualTo(RESERVED.contains(code));
            assertThat(reason.description().startsWith("reserved")).as(reason.hex()).isEqualTo(RESERVED.contains(code));
        }
    }

    @Test
    void classesFollowTheRangesOfTheTable() {
        assertThat(category(0x40)).isEqualTo(StopReasonCategory.COMPLETED);
        assertThat(category(0x49)).isEqualTo(StopReasonCategory.COMPLETED);
        assertThat(category(0x4A)).isEqualTo(StopReasonCategory.START_FAILED);
        assertThat(category(0x69)).isEqualTo(StopReasonCategory.START_FAILED);
        assertThat(category(0x6A)).isEqualTo(StopReasonCategory.ABNORMAL_STOP);
        assertThat(category(0x8F)).isEqualTo(StopReasonCategory.ABNORMAL_STOP);
        assertThat(category(0x90)).isEqualTo(StopReasonCategory.UNKNOWN);
    }

    @Test
    void meaningsMatchTheTableAtItsLandmarks() {
        assertThat(new StopReason(0x40).description()).isEqualTo("stopped by app (remote stop)");
        assertThat(new StopReason(0x45).description()).isEqualTo("stopped manually (at the pile)");
        assertThat(new StopReason(0x4A).description()).startsWith("pile control system fault");
        assertThat(new StopReason(0x4E).description()).isEqualTo("insufficient balance");
        assertThat(new StopReason(0x57).description()).isEqualTo("insulation abnormal");
        assertThat(new StopReason(0x59).description()).startsWith("BHM");
        assertThat(new StopReason(0x64).description()).startsWith("charger not ready");
        assertThat(new StopReason(0x6A).description()).isEqualTo("system locked");
        assertThat(new StopReason(0x6E).description()).isEqualTo("insufficient balance");
        assertThat(new StopReason(0x77).description()).isEqualTo("electronic lock abnormal");
        assertThat(new StopReason(0x79).description()).isEqualTo("total charging voltage abnormal");
        assertThat(new StopReason(0x83).description()).isEqualTo("pile lost power");
        assertThat(new StopReason(0x89).description()).isEqualTo("CCS from the peer timeout");
        assertThat(new StopReason(0x90).description()).isEqualTo("stopped for unknown reason");
    }

    @Test
    void everyByteOutsideTheTableIsVendorSpecificAndNeverFails() {
        for (int code = 0; code <= 0xFF; code++) {
            StopReason reason = new StopReason(code);
            assertThat(reason.toString()).startsWith(reason.hex());
            if (code < StopReason.FIRST_CODE || code > StopReason.LAST_CODE) {
                assertThat(reason.category()).isEqualTo(StopReasonCategory.VENDOR);
                assertThat(reason.description()).isEqualTo("vendor specific " + reason.hex());
                assertThat(reason.reserved()).isFalse();
            }
        }
        assertThat(new StopReason(0x91)).hasToString("0x91 vendor specific");
        assertThatThrownBy(() -> new StopReason(0x100)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void jsonIsTheCodeWithClassAndMeaning() throws Exception {
        assertThat(JSON.writeValueAsString(new StopReason(0x6E))).isEqualTo("\"0x6E abnormal stop: insufficient balance\"");
        assertThat(JSON.writeValueAsString(new StopReason(0x47))).isEqualTo("\"0x47 completed: reserved (other ways)\"");
    }

    @Test
    void jsonAcceptsTheFullTextABareCodeOrAnInteger() throws Exception {
        assertThat(JSON.readValue("\"0x6E abnormal stop: insufficient balance\"", StopReason.class)).isEqualTo(new StopReason(0x6E));
        assertThat(JSON.readValue("\"0x6E\"", StopReason.class)).isEqualTo(new StopReason(0x6E));
        assertThat(JSON.readValue("\" 0x6e \"", StopReason.class)).isEqualTo(new StopReason(0x6E));
        assertThat(JSON.readValue("\"0x6E whatever the text says\"", StopReason.class)).isEqualTo(new StopReason(0x6E));
        assertThat(JSON.readValue("110", StopReason.class)).isEqualTo(new StopReason(0x6E));
        assertThat(JSON.readValue("\"0x5\"", StopReason.class)).isEqualTo(new StopReason(0x05));
    }

    @Test
    void everyCodeRoundTripsThroughJson() throws Exception {
        for (int code = 0; code <= 0xFF; code++) {
            StopReason reason = new StopReason(code);
            assertThat(JSON.readValue(JSON.writeValueAsString(reason), StopReason.class)).isEqualTo(reason);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"6E\"", "\"0x\"", "\"0x6E7\"", "\"insufficient balance\"", "256", "-1", "true", "1.5"})
    void jsonThatIsNotAStopReasonFailsClearly(String json) {
        assertThatThrownBy(() -> JSON.readValue(json, StopReason.class))
                .isInstanceOf(ValueInstantiationException.class).hasMessageContaining("stop reason");
    }

    private static StopReasonCategory category(int code) {
        return new StopReason(code).category();
    }
}
