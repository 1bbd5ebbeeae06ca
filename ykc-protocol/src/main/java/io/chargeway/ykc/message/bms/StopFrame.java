package io.chargeway.ykc.message.bms;

import java.nio.ByteBuffer;

import io.chargeway.ykc.field.Bcd;
import io.chargeway.ykc.field.LittleEndian;
import io.chargeway.ykc.field.PileNo;
import io.chargeway.ykc.field.TradeSerial;
import io.chargeway.ykc.frame.FrameType;
import io.chargeway.ykc.message.BodyCodec;
import io.chargeway.ykc.message.YkcMessage;

/**
 * The layout that 0x1D (BMS stop, BST) and 0x21 (charger stop, CST) share: trade serial, pile,
 * gun, then a stop-reason byte, a fault-reason little-endian word and an error-reason byte of
 * 2-bit items.
 */
interface StopFrame extends YkcMessage {

    /** The session's trade serial. */
    TradeSerial tradeSerial();

    /** The pile number. */
    PileNo pileNo();

    /** The gun number. */
    int gun();

    /** Body byte 24. */
    int stopReasonBits();

    /** Body bytes 25-26. */
    int faultReasonBits();

    /** Body byte 27. */
    int errorReasonBits();

    /** The status of the 2-bit item at {@code shift} over the three fields read as one 32-bit value. */
    default StopStatus statusAt(int shift) {
        long packed = (stopReasonBits() & 0xFFL) | (faultReasonBits() & 0xFFFFL) << 8 | (errorReasonBits() & 0xFFL) << 24;
        return StopStatus.fromBits(GbtEncoding.twoBits(packed, shift));
    }

    /** Builds a record from the decoded fields. */
    @FunctionalInterface
    interface Factory<M> {
        M create(TradeSerial tradeSerial, PileNo pileNo, int gun, int stopReasonBits, int faultReasonBits, int errorReasonBits);
    }

    /** The codec of one of the two types. */
    final class Codec<M extends StopFrame> implements BodyCodec<M> {
        private static final int TRADE_SERIAL = 0;
        private static final int PILE_NO = 16;
        private static final int GUN = 23;
        private static final int STOP_REASON = 24;
        private static final int FAULT_REASON = 25;
        private static final int ERROR_REASON = 27;

        private final FrameType type;
        private final Class<M> messageClass;
        private final Factory<M> factory;

        Codec(FrameType type, Class<M> messageClass, Factory<M> factory) {
            this.type = type;
            this.messageClass = messageClass;
            this.factory = factory;
        }

        @Override
        public FrameType type() {
            return type;
        }

        @Override
        public Class<M> messageClass() {
            return messageClass;
        }

        @Override
        public M decode(ByteBuffer b, int o, int length) {
            return factory.create(
                    TradeSerial.read(b, o + TRADE_SERIAL),
                    PileNo.read(b, o + PILE_NO),
                    Bcd.read1(b, o + GUN, "gun"),
                    LittleEndian.u8(b, o + STOP_REASON),
                    LittleEndian.u16(b, o + FAULT_REASON),
                    LittleEndian.u8(b, o + ERROR_REASON));
        }

        @Override
        public void encode(M m, ByteBuffer out) {
            m.tradeSerial().write(out);
            m.pileNo().write(out);
            Bcd.write(out, m.gun(), 1, "gun");
            LittleEndian.put8(out, "stopReasonBits", m.stopReasonBits());
            LittleEndian.put16(out, "faultReasonBits", m.faultReasonBits());
            LittleEndian.put8(out, "errorReasonBits", m.errorReasonBits());
        }
    }
}
