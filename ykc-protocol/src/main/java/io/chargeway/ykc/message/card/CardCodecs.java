package io.chargeway.ykc.message.card;

import java.util.List;

import io.chargeway.ykc.message.BodyCodec;

/** The codecs of this package's frame types, for {@link io.chargeway.ykc.message.MessageCodecs}. */
public final class CardCodecs {

    /** Every codec of this package. */
    public static final List<BodyCodec<?>> ALL = List.of(
            OfflineCardSyncReply.CODEC,
            OfflineCardSync.CODEC,
            OfflineCardClearReply.CODEC,
            OfflineCardClear.CODEC,
            OfflineCardQueryReply.CODEC,
            OfflineCardQuery.CODEC);

    private CardCodecs() {
    }
}
