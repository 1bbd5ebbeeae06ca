package io.chargeway.web.auth;

import io.vertx.core.json.JsonObject;

/**
 * Attempts allowed per client address and minute on the routes that guess secrets or cost money.
 * The core adds its own per-account limits (admin lockout, SMS codes per phone) on top.
 *
 * @param loginPerMinute login attempts (admin, SMS and WeChat logins, refresh)
 * @param smsPerMinute   SMS code requests
 */
public record RateLimitSettings(int loginPerMinute, int smsPerMinute) {

    /** Reads {@code web.rateLimits}; defaults are 10 logins and 3 SMS codes a minute. */
    public static RateLimitSettings fromJson(JsonObject json) {
        int login = json.getInteger("loginPerMinute", 10);
        int sms = json.getInteger("smsPerMinute", 3);
        if (login < 1 || sms < 1) {
            throw new IllegalArgumentException("web.rateLimits values must be >= 1");
        }
        return new RateLimitSettings(login, sms);
    }
}
