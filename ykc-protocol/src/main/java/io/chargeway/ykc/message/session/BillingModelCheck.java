package io.chargeway.ykc.message.session;

import java.nio.ByteBuffer;

import io.chargeway.ykc.field.BillingModelNo;
import io.chargeway.ykc.field.PileNo;
import io.chargeway.ykc.frame.FrameType;
import io.chargeway.ykc.message.BodyCodec;
import io.chargeway.ykc.message.YkcMessage;

/**
 * 0x05 Billing-model verification request (计费模型验证请求), pile to platform after a successful
 * login, repeated until answered by 0x06; 9-byte body (reference 5.5):
 * <pre>
 * | pile no (7, BCD) | billing model no (2, BCD): 0000 on the first connection |
 * </pre>
 *
 * @param pileNo         the pile number
 * @param billingModelNo the model the pile holds, {@link BillingModelNo#NONE} if it has none
 */
public record BillingModelCheck(PileNo pileNo, BillingModelNo billingModelNo) implements YkcMessage {

    /** The codec of 0x05. */
    public static final BodyCodec<BillingModelCheck> CODEC = new Codec();

    @Override
    public FrameType frameType() {
        return FrameType.BILLING_MODEL_CHECK;
    }

    private static final class Codec implements BodyCodec<BillingModelCheck> {
        private static final int PILE_NO = 0;
        private static final int MODEL_NO = 7;

        @Override
        public FrameType type() {
            return FrameType.BILLING_MODEL_CHECK;
        }

        @Override
        public Class<BillingModelCheck> messageClass() {
            return BillingModelCheck.class;
        }

        @Override
        public BillingModelCheck decode(ByteBuffer b, int o, int length) {
            return new BillingModelCheck(PileNo.read(b, o + PILE_NO), BillingModelNo.read(b, o + MODEL_NO));
        }

        @Override
        public void encode(BillingModelCheck m, ByteBuffer out) {
            m.pileNo().write(out);
            m.billingModelNo().write(out);
        }
    }
}
