package io.chargeway.edge.events;

import io.chargeway.edge.session.ReplyKey;
import io.chargeway.ykc.message.YkcMessage;

/**
 * Knows which pile frames answer commands and what identifies them (reply type, gun, serial).
 */
public final class CommandReplies {

    private CommandReplies() {
    }

    /** The key of a reply frame, or null when the frame answers no command. */
    public static ReplyKey key(YkcMessage message) {
        return null;
    }
}
