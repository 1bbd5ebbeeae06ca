package io.chargeway.ykc.message.session;

import java.nio.ByteBuffer;

import io.chargeway.ykc.field.FlagByte;
import io.chargeway.ykc.field.PileNo;
import io.chargeway.ykc.frame.FrameType;
import io.chargeway.ykc.message.BodyCodec;
import io.chargeway.ykc.message.YkcMessage;

/**
 * 0x57 Billing-model setting reply (计费模型应答), pile to platform answering 0x58, 8-byte body
 * (reference 8.6):
 * <pre>
 * | pile no (7, BCD) | result (1): 0x00 failed, 0x01 success |
 * </pre>
 *
 * @param pileNo  the pile number
 * @param success whether the pile took the new model
 */
public record BillingModelSettingReply(PileNo pileNo, boolean success) implements YkcMessage {

    /** The codec of 0x57. */
    public static final BodyCodec<BillingModelSettingReply> CODEC = new Codec();

    @Override
    public FrameType frameType() {
        return FrameType.BILLING_MODEL_SETTING_REPLY;
    }

    private static final class Codec implements BodyCodec<BillingModelSettingReply> {
        private static final int PILE_NO = 0;
        private static final int RESULT = 7;

        @Override
        public FrameType type() {
            return FrameType.BILLING_MODEL_SETTING_REPLY;
        }

        @Override
        public Class<BillingModelSettingReply> messageClass() {
            return BillingModelSettingReply.class;
        }

        @Override
        public BillingModelSettingReply decode(ByteBuffer b, int o, int length) {
            return new BillingModelSettingReply(PileNo.read(b, o + PILE_NO), FlagByte.read(b, o + RESULT, "success", 0x00, 0x01));
        }

        @Override
        public void encode(BillingModelSettingReply m, ByteBuffer out) {
            m.pileNo().write(out);
            FlagByte.write(out, m.success(), 0x00, 0x01);
        }
    }
}
