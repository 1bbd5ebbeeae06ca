package io.chargeway.ykc.message;

import java.util.ArrayList;
import java.util.List;

import io.chargeway.ykc.frame.FrameType;
import io.chargeway.ykc.message.bms.BmsCodecs;
import io.chargeway.ykc.message.card.CardCodecs;
import io.chargeway.ykc.message.charging.ChargingCodecs;
import io.chargeway.ykc.message.live.LiveCodecs;
import io.chargeway.ykc.message.maintenance.MaintenanceCodecs;
import io.chargeway.ykc.message.session.SessionCodecs;

/**
 * The one table of body codecs, keyed by frame type code. Each feature package contributes its
 * codecs through a small {@code *Codecs} list; this class indexes them and refuses duplicates.
 */
public final class MessageCodecs {

    private static final BodyCodec<?>[] BY_CODE = index();

    private MessageCodecs() {
    }

    /**
     * The codec for a wire type code.
     *
     * @return the codec, or {@code null} if the code has no codec
     */
    public static BodyCodec<?> find(int code) {
        return code >= 0 && code < BY_CODE.length ? BY_CODE[code] : null;
    }

    /**
     * The codec for a frame type.
     *
     * @throws IllegalStateException if the type has no codec (a build defect, caught by tests)
     */
    @SuppressWarnings("unchecked")
    public static <M extends YkcMessage> BodyCodec<M> forType(FrameType type) {
        BodyCodec<?> codec = BY_CODE[type.code()];
        if (codec == null) {
            throw new IllegalStateException("no codec registered for " + type.hex() + " " + type);
        }
        return (BodyCodec<M>) codec;
    }

    /** The frame types that have no codec yet; empty in a complete build. */
    public static List<FrameType> missing() {
        List<FrameType> missing = new ArrayList<>();
        for (FrameType type : FrameType.values()) {
            if (BY_CODE[type.code()] == null) {
                missing.add(type);
            }
        }
        return missing;
    }

    private static BodyCodec<?>[] index() {
        List<BodyCodec<?>> all = new ArrayList<>();
        all.addAll(SessionCodecs.ALL);
        all.addAll(LiveCodecs.ALL);
        all.addAll(BmsCodecs.ALL);
        all.addAll(ChargingCodecs.ALL);
        all.addAll(CardCodecs.ALL);
        all.addAll(MaintenanceCodecs.ALL);
        BodyCodec<?>[] table = new BodyCodec<?>[256];
        for (BodyCodec<?> codec : all) {
            int code = codec.type().code();
            if (table[code] != null) {
                throw new IllegalStateException("two codecs for " + codec.type().hex());
            }
            table[code] = codec;
        }
        return table;
    }
}
