package io.chargeway.ykc.message.maintenance;

import java.nio.ByteBuffer;

import io.chargeway.ykc.field.LittleEndian;
import io.chargeway.ykc.field.PileNo;
import io.chargeway.ykc.frame.FrameType;
import io.chargeway.ykc.message.BodyCodec;
import io.chargeway.ykc.message.YkcMessage;

/**
 * 0x92 Remote reboot (远程重启), platform to pile, answered by 0x91; 8-byte body (reference 10.1):
 * <pre>
 * | pile no (7, BCD) | execute control (1): 0x01 immediately, 0x02 when idle |
 * </pre>
 *
 * @param pileNo         the pile number
 * @param executeControl when the pile reboots
 */
public record Reboot(PileNo pileNo, ExecuteControl executeControl) implements YkcMessage {

    /** The codec of 0x92. */
    public static final BodyCodec<Reboot> CODEC = new Codec();

    @Override
    public FrameType frameType() {
        return FrameType.REBOOT;
    }

    private static final class Codec implements BodyCodec<Reboot> {
        private static final int PILE_NO = 0;
        private static final int EXECUTE_CONTROL = 7;

        @Override
        public FrameType type() {
            return FrameType.REBOOT;
        }

        @Override
        public Class<Reboot> messageClass() {
            return Reboot.class;
        }

        @Override
        public Reboot decode(ByteBuffer b, int o, int length) {
            return new Reboot(PileNo.read(b, o + PILE_NO), ExecuteControl.fromCode(LittleEndian.u8(b, o + EXECUTE_CONTROL)));
        }

        @Override
        public void encode(Reboot m, ByteBuffer out) {
            m.pileNo().write(out);
            out.put((byte) m.executeControl().code());
        }
    }
}
