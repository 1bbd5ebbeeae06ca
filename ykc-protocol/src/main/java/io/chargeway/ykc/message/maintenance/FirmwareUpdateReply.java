package io.chargeway.ykc.message.maintenance;

import java.nio.ByteBuffer;
import java.util.Optional;

import io.chargeway.ykc.field.LittleEndian;
import io.chargeway.ykc.field.PileNo;
import io.chargeway.ykc.frame.FrameType;
import io.chargeway.ykc.message.BodyCodec;
import io.chargeway.ykc.message.YkcMessage;

/**
 * 0x93 Remote update reply (远程更新应答), pile to platform answering 0x94; 8-byte body
 * (reference 10.4):
 * <pre>
 * | pile no (7, BCD) | status (1): 0x00 success, 0x01 wrong pile no, 0x02 model mismatch, 0x03 download timeout |
 * </pre>
 *
 * @param pileNo     the pile number
 * @param statusCode the raw status byte, see {@link #status()}
 */
public record FirmwareUpdateReply(PileNo pileNo, int statusCode) implements YkcMessage {

    /** The codec of 0x93. */
    public static final BodyCodec<FirmwareUpdateReply> CODEC = new Codec();

    @Override
    public FrameType frameType() {
        return FrameType.FIRMWARE_UPDATE_REPLY;
    }

    /** The documented status of {@link #statusCode()}, or empty for a vendor's own code (a failure). */
    public Optional<FirmwareUpdateStatus> status() {
        return FirmwareUpdateStatus.find(statusCode);
    }

    private static final class Codec implements BodyCodec<FirmwareUpdateReply> {
        private static final int PILE_NO = 0;
        private static final int STATUS = 7;

        @Override
        public FrameType type() {
            return FrameType.FIRMWARE_UPDATE_REPLY;
        }

        @Override
        public Class<FirmwareUpdateReply> messageClass() {
            return FirmwareUpdateReply.class;
        }

        @Override
        public FirmwareUpdateReply decode(ByteBuffer b, int o, int length) {
            return new FirmwareUpdateReply(PileNo.read(b, o + PILE_NO), LittleEndian.u8(b, o + STATUS));
        }

        @Override
        public void encode(FirmwareUpdateReply m, ByteBuffer out) {
            m.pileNo().write(out);
            LittleEndian.put8(out, "statusCode", m.statusCode());
        }
    }
}
