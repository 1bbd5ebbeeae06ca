package io.chargeway.ykc.message.session;

import java.nio.ByteBuffer;

import io.chargeway.ykc.field.PileNo;
import io.chargeway.ykc.frame.FrameType;
import io.chargeway.ykc.message.BodyCodec;
import io.chargeway.ykc.message.YkcMessage;

/**
 * 0x09 Billing-model request (充电桩计费模型请求), pile to platform after 0x06 said "different",
 * repeated until answered by 0x0A; 7-byte body (reference 5.7):
 * <pre>
 * | pile no (7, BCD) |
 * </pre>
 *
 * @param pileNo the pile number
 */
public record BillingModelRequest(PileNo pileNo) implements YkcMessage {

    /** The codec of 0x09. */
    public static final BodyCodec<BillingModelRequest> CODEC = new Codec();

    @Override
    public FrameType frameType() {
        return FrameType.BILLING_MODEL_REQUEST;
    }

    private static final class Codec implements BodyCodec<BillingModelRequest> {
        private static final int PILE_NO = 0;

        @Override
        public FrameType type() {
            return FrameType.BILLING_MODEL_REQUEST;
        }

        @Override
        public Class<BillingModelRequest> messageClass() {
            return BillingModelRequest.class;
        }

        @Override
        public BillingModelRequest decode(ByteBuffer b, int o, int length) {
            return new BillingModelRequest(PileNo.read(b, o + PILE_NO));
        }

        @Override
        public void encode(BillingModelRequest m, ByteBuffer out) {
            m.pileNo().write(out);
        }
    }
}
