package io.chargeway.ykc.message.session;

import java.nio.ByteBuffer;

import io.chargeway.ykc.frame.FrameType;
import io.chargeway.ykc.message.BodyCodec;
import io.chargeway.ykc.message.YkcMessage;

/**
 * 0x58 Billing-model setting (计费模型设置), platform to pile without the pile asking (a new
 * tariff, pushed while the pile is idle), answered by 0x57; 90-byte body (reference 8.5); the layout is
 * drawn on {@link BillingModel}.
 *
 * @param billingModel the model the pile must charge with from now on
 */
public record BillingModelSetting(BillingModel billingModel) implements YkcMessage {

    /** The codec of 0x58. */
    public static final BodyCodec<BillingModelSetting> CODEC = new Codec();

    @Override
    public FrameType frameType() {
        return FrameType.BILLING_MODEL_SETTING;
    }

    private static final class Codec implements BodyCodec<BillingModelSetting> {
        private static final int MODEL = 0;

        @Override
        public FrameType type() {
            return FrameType.BILLING_MODEL_SETTING;
        }

        @Override
        public Class<BillingModelSetting> messageClass() {
            return BillingModelSetting.class;
        }

        @Override
        public BillingModelSetting decode(ByteBuffer b, int o, int length) {
            return new BillingModelSetting(BillingModel.read(b, o + MODEL));
        }

        @Override
        public void encode(BillingModelSetting m, ByteBuffer out) {
            m.billingModel().write(out);
        }
    }
}
