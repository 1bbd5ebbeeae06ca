package io.chargeway.ykc.message.session;

import java.nio.ByteBuffer;

import io.chargeway.ykc.frame.FrameType;
import io.chargeway.ykc.message.BodyCodec;
import io.chargeway.ykc.message.YkcMessage;

/**
 * 0x0A Billing-model response (计费模型请求应答), platform to pile, answering 0x09 with the full
 * model, 90-byte body (reference 5.8); the layout is drawn on {@link BillingModel}.
 *
 * @param billingModel the model the pile must charge with
 */
public record BillingModelResponse(BillingModel billingModel) implements YkcMessage {

    /** The codec of 0x0A. */
    public static final BodyCodec<BillingModelResponse> CODEC = new Codec();

    @Override
    public FrameType frameType() {
        return FrameType.BILLING_MODEL_RESPONSE;
    }

    private static final class Codec implements BodyCodec<BillingModelResponse> {
        private static final int MODEL = 0;

        @Override
        public FrameType type() {
            return FrameType.BILLING_MODEL_RESPONSE;
        }

        @Override
        public Class<BillingModelResponse> messageClass() {
            return BillingModelResponse.class;
        }

        @Override
        public BillingModelResponse decode(ByteBuffer b, int o, int length) {
            return new BillingModelResponse(BillingModel.read(b, o + MODEL));
        }

        @Override
        public void encode(BillingModelResponse m, ByteBuffer out) {
            m.billingModel().write(out);
        }
    }
}
