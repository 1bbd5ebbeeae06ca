package io.chargeway.ykc.frame;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import io.chargeway.ykc.field.PileNo;
import io.chargeway.ykc.message.session.Heartbeat;
import io.chargeway.ykc.message.session.LoginResponse;
import io.chargeway.ykc.testing.CollectingListener;
import io.chargeway.ykc.testing.HexFixture;
import io.vertx.core.buffer.Buffer;

class FrameDecoderTest {

    private static final byte[] HEARTBEAT = HexFixture.load("0x03-heartbeat.hex");
    private static final byte[] LOGIN_RESPONSE = HexFixture.load("0x02-login-response.hex");

    private final CollectingListener listener = new CollectingListener();
    private final FrameDecoder decoder = new FrameDecoder(listener);

    @Test
    void decodesAWholeFrameInOneRead() {
        decoder.feed(Buffer.buffer(HEARTBEAT));

        assertThat(listener.rejections).isEmpty();
        assertThat(listener.frames).singleElement().satisfies(f -> {
            assertThat(f.sequence()).isEqualTo(0x0105);
            assertThat(f.crcOrder()).isEqualTo(CrcOrder.LOW_FIRST);
            assertThat(f.message()).isEqualTo(new Heartbeat(PileNo.parse("32010600019236"), 1, false));
        });
        assertThat(decoder.buffered()).isZero();
    }

    @Test
    void decodesAFrameSplitAtEveryByteBoundary() {
        for (int cut = 1; cut < HEARTBEAT.length; cut++) {
            CollectingListener l = new CollectingListener();
            FrameDecoder d = new FrameDecoder(l);
            d.feed(HEARTBEAT, 0, cut);
            assertThat(l.frames).as("after %d bytes", cut).isEmpty();
            d.feed(HEARTBEAT, cut, HEARTBEAT.length - cut);
            assertThat(l.frames).as("cut at %d", cut).hasSize(1);
            assertThat(l.rejections).as("cut at %d", cut).isEmpty();
        }
    }

    @Test
    void decodesAFrameFedOneByteAtATime() {
        for (byte b : LOGIN_RESPONSE) {
            decoder.feed(new byte[] {b}, 0, 1);
        }
        assertThat(listener.frames).singleElement()
                .satisfies(f -> assertThat(f.message()).isEqualTo(new LoginResponse(PileNo.parse("03610020011013"), true)));
    }

    @Test
    void decodesManyFramesInOneRead() {
        ByteArrayOutputStream many = new ByteArrayOutputStream();
        for (int i = 0; i < 50; i++) {
            many.writeBytes(i % 2 == 0 ? HEARTBEAT : LOGIN_RESPONSE);
        }
        decoder.feed(Buffer.buffer(many.toByteArray()));

        assertThat(listener.frames).hasSize(50);
        assertThat(listener.rejections).isEmpty();
    }

    @Test
    void resynchronisesAfterGarbageBeforeStartByte() {
        feedAll(concat(HexFixture.hex("00 FF 13 37 42"), HEARTBEAT));

        assertThat(listener.frames).hasSize(1);
        assertThat(listener.rejections).singleElement().satisfies(r -> {
            assertThat(r.reason()).isEqualTo(RejectReason.GARBAGE);
            assertThat(r.bytes()).hasSize(5);
        });
    }

    @Test
    void rejectsBadCrcAndStillDecodesTheNextFrame() {
        byte[] corrupt = HEARTBEAT.clone();
        corrupt[corrupt.length - 1] ^= 0x55;

        feedAll(concat(corrupt, HEARTBEAT));

        assertThat(listener.frames).hasSize(1);
        assertThat(listener.rejections).first().satisfies(r -> {
            assertThat(r.reason()).isEqualTo(RejectReason.BAD_CRC);
            assertThat(r.detail()).contains("CRC expected 0x");
        });
        assertThat(listener.rejections).extracting(FrameRejection::reason)
                .containsOnly(RejectReason.BAD_CRC, RejectReason.GARBAGE);
    }

    @Test
    void acceptsCrcSentHighByteFirstAndReportsTheOrder() {
        byte[] swapped = HEARTBEAT.clone();
        swapped[swapped.length - 2] = HEARTBEAT[HEARTBEAT.length - 1];
        swapped[swapped.length - 1] = HEARTBEAT[HEARTBEAT.length - 2];

        decoder.feed(Buffer.buffer(swapped));

        assertThat(listener.frames).singleElement().satisfies(f -> assertThat(f.crcOrder()).isEqualTo(CrcOrder.HIGH_FIRST));
        assertThat(FrameEncoder.encode(0x0105, listener.frames.get(0).message(), CrcOrder.HIGH_FIRST)).isEqualTo(swapped);
    }

    @Test
    void rejectsALengthAboveTheCapWithoutWaitingForItsBytes() {
        FrameDecoder capped = new FrameDecoder(200, listener);
        byte[] bytes = concat(HexFixture.hex("68 F0 00 00"), HEARTBEAT);
        capped.feed(bytes, 0, bytes.length);

        assertThat(listener.rejections).first().satisfies(r -> assertThat(r.reason()).isEqualTo(RejectReason.OVERSIZE));
        assertThat(listener.frames).hasSize(1);
    }

    @Test
    void rejectsALengthBelowTheHeader() {
        feedAll(concat(HexFixture.hex("68 02"), HEARTBEAT));

        assertThat(listener.rejections).first().satisfies(r -> assertThat(r.reason()).isEqualTo(RejectReason.LENGTH_TOO_SHORT));
        assertThat(listener.frames).hasSize(1);
    }

    @Test
    void rejectsAnUnknownTypeWithAValidCrcAndConsumesIt() {
        byte[] unknown = HexFixture.parse("68 05 00 00 00 7F AA crc");
        feedAll(concat(unknown, HEARTBEAT));

        assertThat(listener.rejections).singleElement().satisfies(r -> {
            assertThat(r.reason()).isEqualTo(RejectReason.UNKNOWN_TYPE);
            assertThat(r.detail()).contains("0x7F");
        });
        assertThat(listener.frames).hasSize(1);
    }

    @Test
    void rejectsATruncatedBodyWhoseCrcIsValidForItsShortLength() {
        byte[] truncated = HexFixture.parse("68 0B 00 00 00 03 32 01 06 00 01 92 36 crc");
        feedAll(concat(truncated, HEARTBEAT));

        assertThat(listener.rejections).singleElement().satisfies(r -> {
            assertThat(r.reason()).isEqualTo(RejectReason.LENGTH_MISMATCH);
            assertThat(r.detail()).contains("needs a 9-byte body");
        });
        assertThat(listener.frames).hasSize(1);
    }

    @Test
    void aTruncatedFrameFollowedByAWholeOneLosesOnlyTheTruncatedOne() {
        byte[] cut = Arrays.copyOf(HEARTBEAT, 9);
        feedAll(concat(cut, HEARTBEAT, HEARTBEAT));

        assertThat(listener.frames).hasSize(2);
        assertThat(listener.rejections).extracting(FrameRejection::reason).contains(RejectReason.BAD_CRC);
        assertThat(decoder.buffered()).isZero();
    }

    @Test
    void dropsAnEncryptedFrameWithAClearReason() {
        byte[] encrypted = HexFixture.parse("68 0D 00 00 01 03 32 01 06 00 01 92 36 01 00 crc");
        decoder.feed(Buffer.buffer(encrypted));

        assertThat(listener.frames).isEmpty();
        assertThat(listener.rejections).singleElement().satisfies(r -> {
            assertThat(r.reason()).isEqualTo(RejectReason.ENCRYPTED);
            assertThat(r.detail()).contains("encryption flag 0x01");
        });
    }

    @Test
    void rejectsANonDecimalBcdDigitAsABadField() {
        byte[] badPile = HexFixture.parse("68 0D 00 00 00 03 3A 01 06 00 01 92 36 01 00 crc");
        decoder.feed(Buffer.buffer(badPile));

        assertThat(listener.rejections).singleElement().satisfies(r -> {
            assertThat(r.reason()).isEqualTo(RejectReason.BAD_FIELD);
            assertThat(r.detail()).contains("pileNo");
        });
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    private void feedAll(byte[] bytes) {
        decoder.feed(bytes, 0, bytes.length);
    }
}
