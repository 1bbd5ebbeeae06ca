package io.chargeway.ykc.message.maintenance;

import java.nio.ByteBuffer;

import io.chargeway.ykc.field.FieldException;
import io.chargeway.ykc.field.FlagByte;
import io.chargeway.ykc.field.LittleEndian;
import io.chargeway.ykc.field.PileNo;
import io.chargeway.ykc.frame.FrameType;
import io.chargeway.ykc.message.BodyCodec;
import io.chargeway.ykc.message.YkcMessage;

/**
 * 0x52 Work parameter setting (充电桩工作参数设置), platform to pile, answered by 0x51; 9-byte body
 * (reference 8.1):
 * <pre>
 * | pile no (7, BCD) | allow operation (1): 0x00 normal, 0x01 disabled (locked) | max output power (1, % of rated, 30..100) |
 * </pre>
 *
 * @param pileNo          the pile number
 * @param enabled         whether the pile may work; {@code false} locks it
 * @param maxPowerPercent the maximum output power in percent of the rated power, 30..100
 */
public record WorkParameterSetting(PileNo pileNo, boolean enabled, int maxPowerPercent) implements YkcMessage {

    /** The codec of 0x52. */
    public static final BodyCodec<WorkParameterSetting> CODEC = new Codec();

    /** The lowest power limit the specification allows. */
    public static final int MIN_POWER_PERCENT = 30;
    /** The highest power limit. */
    public static final int MAX_POWER_PERCENT = 100;

    @Override
    public FrameType frameType() {
        return FrameType.WORK_PARAMETER_SETTING;
    }

    private static final class Codec implements BodyCodec<WorkParameterSetting> {
        private static final int PILE_NO = 0;
        private static final int ALLOW_OPERATION = 7;
        private static final int MAX_POWER = 8;
        /** Code 0x00 means "normal operation", so the flag is inverted on the wire. */
        private static final int ENABLED = 0x00;
        private static final int DISABLED = 0x01;

        @Override
        public FrameType type() {
            return FrameType.WORK_PARAMETER_SETTING;
        }

        @Override
        public Class<WorkParameterSetting> messageClass() {
            return WorkParameterSetting.class;
        }

        @Override
        public WorkParameterSetting decode(ByteBuffer b, int o, int length) {
            boolean enabled = FlagByte.read(b, o + ALLOW_OPERATION, "enabled", DISABLED, ENABLED);
            return new WorkParameterSetting(PileNo.read(b, o + PILE_NO), enabled, checkPercent(LittleEndian.u8(b, o + MAX_POWER)));
        }

        @Override
        public void encode(WorkParameterSetting m, ByteBuffer out) {
            m.pileNo().write(out);
            FlagByte.write(out, m.enabled(), DISABLED, ENABLED);
            out.put((byte) checkPercent(m.maxPowerPercent()));
        }

        private static int checkPercent(int percent) {
            if (percent < MIN_POWER_PERCENT || percent > MAX_POWER_PERCENT) {
                throw new FieldException("maxPowerPercent", "value " + percent + " is outside 30..100 percent of rated power");
            }
            return percent;
        }
    }
}
