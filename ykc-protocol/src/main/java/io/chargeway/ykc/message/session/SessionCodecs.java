package io.chargeway.ykc.message.session;

import java.util.List;

import io.chargeway.ykc.message.BodyCodec;

/** The codecs of this package's frame types, for {@link io.chargeway.ykc.message.MessageCodecs}. */
public final class SessionCodecs {

    /** Every codec of this package. */
    public static final List<BodyCodec<?>> ALL = List.of(
            LoginRequest.CODEC,
            LoginResponse.CODEC,
            Heartbeat.CODEC,
            HeartbeatResponse.CODEC,
            BillingModelCheck.CODEC,
            BillingModelCheckResponse.CODEC,
            BillingModelRequest.CODEC,
            BillingModelResponse.CODEC,
            BillingModelSettingReply.CODEC,
            BillingModelSetting.CODEC);

    private SessionCodecs() {
    }
}
