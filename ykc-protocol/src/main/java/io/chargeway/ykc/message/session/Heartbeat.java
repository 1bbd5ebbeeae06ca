package io.chargeway.ykc.message.session;

import java.nio.ByteBuffer;

import io.chargeway.ykc.field.Bcd;
import io.chargeway.ykc.field.FieldException;
import io.chargeway.ykc.field.LittleEndian;
import io.chargeway.ykc.field.PileNo;
import io.chargeway.ykc.frame.FrameType;
import io.chargeway.ykc.message.BodyCodec;
import io.chargeway.ykc.message.YkcMessage;

/**
 * 0x03 Heartbeat (充电桩心跳包), pile to platform every 10 s (per gun), 9-byte body (reference 5.3):
 * <pre>
 * | pile no (7, BCD) | gun (1, BCD) | gun state (1): 0x00 normal, 0x01 fault |
 * </pre>
 *
 * @param pileNo   the pile number
 * @param gun      the gun number, 1..99
 * @param gunFault whether the pile reports the gun as faulty
 */
public record Heartbeat(PileNo pileNo, int gun, boolean gunFault) implements YkcMessage {

    /** The codec of 0x03. */
    public static final BodyCodec<Heartbeat> CODEC = new Codec();

    @Override
    public FrameType frameType() {
        return FrameType.HEARTBEAT;
    }

    private static final class Codec implements BodyCodec<Heartbeat> {
        private static final int GUN = 7;
        private static final int GUN_STATE = 8;

        @Override
        public FrameType type() {
            return FrameType.HEARTBEAT;
        }

        @Override
        public Class<Heartbeat> messageClass() {
            return Heartbeat.class;
        }

        @Override
        public Heartbeat decode(ByteBuffer b, int o, int length) {
            int state = LittleEndian.u8(b, o + GUN_STATE);
            if (state > 1) {
                throw new FieldException("gunFault", String.format("gun state 0x%02X is neither 0x00 normal nor 0x01 fault", state));
            }
            return new Heartbeat(PileNo.read(b, o), Bcd.read1(b, o + GUN, "gun"), state == 1);
        }

        @Override
        public void encode(Heartbeat m, ByteBuffer out) {
            m.pileNo().write(out);
            Bcd.write(out, m.gun(), 1, "gun");
            out.put((byte) (m.gunFault() ? 1 : 0));
        }
    }
}
