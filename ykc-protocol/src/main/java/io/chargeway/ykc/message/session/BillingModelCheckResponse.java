package io.chargeway.ykc.message.session;

import java.nio.ByteBuffer;

import io.chargeway.ykc.field.BillingModelNo;
import io.chargeway.ykc.field.LittleEndian;
import io.chargeway.ykc.field.PileNo;
import io.chargeway.ykc.frame.FrameType;
import io.chargeway.ykc.message.BodyCodec;
import io.chargeway.ykc.message.YkcMessage;

/**
 * 0x06 Billing-model verification response (计费模型验证请求应答), platform to pile, 10-byte body
 * (reference 5.6):
 * <pre>
 * | pile no (7, BCD) | billing model no (2, BCD) | result (1): 0x00 same, 0x01 different |
 * </pre>
 * On {@link BillingModelCheckResult#DIFFERENT} the pile requests the model with 0x09.
 *
 * @param pileNo         the pile number
 * @param billingModelNo the model number echoed from 0x05
 * @param result         whether the pile's model is the platform's current one
 */
public record BillingModelCheckResponse(PileNo pileNo, BillingModelNo billingModelNo, BillingModelCheckResult result)
        implements YkcMessage {

    /** The codec of 0x06. */
    public static final BodyCodec<BillingModelCheckResponse> CODEC = new Codec();

    @Override
    public FrameType frameType() {
        return FrameType.BILLING_MODEL_CHECK_RESPONSE;
    }

    private static final class Codec implements BodyCodec<BillingModelCheckResponse> {
        private static final int PILE_NO = 0;
        private static final int MODEL_NO = 7;
        private static final int RESULT = 9;

        @Override
        public FrameType type() {
            return FrameType.BILLING_MODEL_CHECK_RESPONSE;
        }

        @Override
        public Class<BillingModelCheckResponse> messageClass() {
            return BillingModelCheckResponse.class;
        }

        @Override
        public BillingModelCheckResponse decode(ByteBuffer b, int o, int length) {
            return new BillingModelCheckResponse(PileNo.read(b, o + PILE_NO), BillingModelNo.read(b, o + MODEL_NO),
                    BillingModelCheckResult.fromCode(LittleEndian.u8(b, o + RESULT)));
        }

        @Override
        public void encode(BillingModelCheckResponse m, ByteBuffer out) {
            m.pileNo().write(out);
            m.billingModelNo().write(out);
            out.put((byte) m.result().code());
        }
    }
}
