package io.chargeway.ykc.message.live;

import java.util.List;

import io.chargeway.ykc.message.BodyCodec;

/** The codecs of this package's frame types, for {@link io.chargeway.ykc.message.MessageCodecs}. */
public final class LiveCodecs {

    /** Every codec of this package. */
    public static final List<BodyCodec<?>> ALL = List.of(
            ReadRealtimeData.CODEC,
            RealtimeData.CODEC);

    private LiveCodecs() {
    }
}
