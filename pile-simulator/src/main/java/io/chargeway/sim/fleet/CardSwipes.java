package io.chargeway.sim.fleet;

import java.util.concurrent.ThreadLocalRandom;

import io.chargeway.sim.Gun;
import io.chargeway.sim.GunStatus;
import io.chargeway.sim.PileScript;
import io.chargeway.sim.SimulatedPile;
import io.chargeway.ykc.field.PhysicalCardNo;
import io.chargeway.ykc.message.charging.TransactionTrigger;

/**
 * The driver of the charging scenario's card sessions: at every check (about every 30 s,
 * jittered) an idle gun swipes the demo card with the probability that makes swipes come on
 * average once per mean idle time, and a card session that has lasted the session time is
 * stopped at the pile (0x45). Holds no per-pile state, so one instance serves a whole fleet.
 */
final class CardSwipes implements PileScript {

    private static final long CHECK_MILLIS = 30_000;

    private final long meanIdleMillis;
    private final long sessionMillis;
    private final long checkMillis;
    private final PhysicalCardNo card;

    CardSwipes(int minutes, PhysicalCardNo card) {
        this(minutes * 60_000L, minutes * 60_000L, CHECK_MILLIS, card);
    }

    CardSwipes(long meanIdleMillis, long sessionMillis, long checkMillis, PhysicalCardNo card) {
        this.meanIdleMillis = meanIdleMillis;
        this.sessionMillis = sessionMillis;
        this.checkMillis = checkMillis;
        this.card = card;
    }

    @Override
    public long run(SimulatedPile pile, long now) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        double swipeChance = (double) checkMillis / meanIdleMillis;
        for (Gun gun : pile.guns()) {
            if (gun.status() == GunStatus.CHARGING && gun.sessionTrigger() == TransactionTrigger.CARD
                    && gun.sessionDuration().toMillis() >= sessionMillis) {
                gun.stopLocally();
            } else if (gun.status() == GunStatus.IDLE && random.nextDouble() < swipeChance) {
                gun.swipeCard(card);
            }
        }
        return now + checkMillis / 2 + random.nextLong(checkMillis);
    }
}
