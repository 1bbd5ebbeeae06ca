package io.chargeway.edge.session;

import java.util.ArrayList;
import java.util.List;

import io.chargeway.ykc.message.YkcMessage;

/** A session link that records what the session asks of its socket. */
final class RecordingLink implements SessionLink {

    record Written(int sequence, YkcMessage message, boolean close) {
    }

    final List<Written> written = new ArrayList<>();
    int pauses;
    int resumes;
    int closes;

    @Override
    public void write(int sequence, YkcMessage message, boolean close) {
        written.add(new Written(sequence, message, close));
    }

    @Override
    public void pauseReading() {
        pauses++;
    }

    @Override
    public void resumeReading() {
        resumes++;
    }

    @Override
    public void close() {
        closes++;
    }
}
