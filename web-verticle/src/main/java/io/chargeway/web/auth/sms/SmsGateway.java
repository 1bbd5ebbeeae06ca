package io.chargeway.web.auth.sms;

import io.vertx.core.Future;

/** Sends a login code to a phone. One implementation per provider. */
public interface SmsGateway {

    /**
     * Sends {@code code} to {@code phone}.
     *
     * @return succeeds once the provider accepted the message; fails with a
     *         {@link io.chargeway.contract.PlatformException} of {@code UNAVAILABLE} when the provider
     *         cannot be reached or refuses the message (its code and message in the text)
     */
    Future<Void> send(String phone, String code);
}
