package io.chargeway.ykc.message.bms;

import java.util.List;

import io.chargeway.ykc.message.BodyCodec;

/** The codecs of this package's frame types, for {@link io.chargeway.ykc.message.MessageCodecs}. */
public final class BmsCodecs {

    /** Every codec of this package. */
    public static final List<BodyCodec<?>> ALL = List.of(
            BmsHandshake.CODEC,
            BmsParameters.CODEC,
            BmsChargeEnd.CODEC,
            BmsError.CODEC,
            BmsStop.CODEC,
            ChargerStop.CODEC,
            BmsDemand.CODEC,
            BmsInfo.CODEC);

    private BmsCodecs() {
    }
}
