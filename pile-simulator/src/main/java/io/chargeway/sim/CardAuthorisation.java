package io.chargeway.sim;

import io.chargeway.ykc.field.PhysicalCardNo;
import io.chargeway.ykc.field.TradeSerial;
import io.vertx.core.Promise;

/**
 * A 0x31 start request waiting for the platform's 0x32: the card (or VIN) presented and the
 * promise of the caller who swiped.
 */
record CardAuthorisation(PhysicalCardNo card, String vin, Promise<TradeSerial> promise, long timerId) {

    boolean byVin() {
        return !vin.isEmpty();
    }
}
