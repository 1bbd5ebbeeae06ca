package io.chargeway.ykc.testing;

import java.util.ArrayList;
import java.util.List;

import io.chargeway.ykc.frame.CrcOrder;
import io.chargeway.ykc.frame.FrameListener;
import io.chargeway.ykc.frame.FrameRejection;
import io.chargeway.ykc.message.YkcMessage;

/** Records what a decoder reports, for assertions. */
public final class CollectingListener implements FrameListener {

    /** One decoded frame. */
    public record Decoded(int sequence, CrcOrder crcOrder, YkcMessage message) {
    }

    public final List<Decoded> frames = new ArrayList<>();
    public final List<FrameRejection> rejections = new ArrayList<>();

    @Override
    public void onFrame(int sequence, CrcOrder crcOrder, YkcMessage message) {
        frames.add(new Decoded(sequence, crcOrder, message));
    }

    @Override
    public void onRejected(FrameRejection rejection) {
        rejections.add(rejection);
    }
}
