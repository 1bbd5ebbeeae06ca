package io.chargeway.ykc.message.charging;

import java.util.List;

import io.chargeway.ykc.message.BodyCodec;

/** The codecs of this package's frame types, for {@link io.chargeway.ykc.message.MessageCodecs}. */
public final class ChargingCodecs {

    /** Every codec of this package. */
    public static final List<BodyCodec<?>> ALL = List.of(
            PileStartRequest.CODEC,
            PileStartConfirm.CODEC,
            RemoteStartReply.CODEC,
            RemoteStart.CODEC,
            RemoteStopReply.CODEC,
            RemoteStop.CODEC,
            TransactionRecord.CODEC,
            TransactionConfirm.CODEC,
            BalanceUpdateReply.CODEC,
            BalanceUpdate.CODEC,
            ParallelStartRequest.CODEC,
            ParallelStartConfirm.CODEC,
            ParallelStartReply.CODEC,
            ParallelStart.CODEC);

    private ChargingCodecs() {
    }
}
