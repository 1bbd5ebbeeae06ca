package io.chargeway.web;

import java.time.Duration;
import java.util.List;

import io.chargeway.web.auth.JwtSettings;
import io.chargeway.web.auth.RateLimitSettings;
import io.chargeway.web.auth.sms.SmsSettings;
import io.chargeway.web.auth.wechat.WechatSettings;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * The web verticle's configuration, read from the {@code "web"} object of the deployment config.
 *
 * <pre>{@code
 * "web": {
 *   "host": "0.0.0.0", "port": 8080,
 *   "corsOrigins": ["https://servicewechat.com", "https://admin.example.com"],
 *   "bodyLimitBytes": 65536, "photoMaxBytes": 2097152, "requestTimeoutMs": 10000, "busTimeoutMs": 8000,
 *   "jwt": {"issuer": "chargeway", "activeKid": "k2", "accessTtlSeconds": 900, "refreshTtlSeconds": 2592000,
 *           "keys": [{"kid": "k1", "secret": "..."}, {"kid": "k2", "secret": "..."}]},
 *   "sms": {"provider": "log" | "aliyun", ...},
 *   "wechat": {"baseUrl": "https://api.weixin.qq.com", "apps": [{"appId": "...", "secret": "...", "tenantId": 1}]},
 *   "rateLimits": {"loginPerMinute": 10, "smsPerMinute": 3}
 * }
 * }</pre>
 *
 * @param host            the address to bind
 * @param port            the HTTP port (0 picks a free one)
 * @param corsOrigins     origins allowed by CORS (exact origins; empty allows none)
 * @param bodyLimitBytes  the largest request body accepted; larger ones get 413
 * @param photoMaxBytes   the largest photo upload (operations with {@code x-body-limit: photo}), at most 4 MiB
 * @param requestTimeout  time after which a request still unanswered gets 503
 * @param busTimeout      how long the web waits for a core reply
 * @param jwt             token signing and verification keys
 * @param sms             the SMS gateway for driver login codes
 * @param wechat          the WeChat mini-program login endpoint and apps
 * @param rateLimits      attempts allowed per client address on login and SMS routes
 */
public record WebOptions(String host, int port, List<String> corsOrigins, long bodyLimitBytes, long photoMaxBytes, Duration requestTimeout,
                         Duration busTimeout, JwtSettings jwt, SmsSettings sms, WechatSettings wechat,
                         RateLimitSettings rateLimits) {

    /** The config key holding these options. */
    public static final String KEY = "web";
    /** The largest photo the core stores. */
    public static final long PHOTO_CAP_BYTES = 4L * 1024 * 1024;

    /**
     * Reads the options from the deployment config (the {@code "web"} object, or the config itself).
     *
     * @throws IllegalArgumentException naming the bad key when a value is out of range or missing
     */
    public static WebOptions fromConfig(JsonObject config) {
        JsonObject web = config.getJsonObject(KEY, config);
        int port = web.getInteger("port", 8080);
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("web.port must be 0..65535, was " + port);
        }
        long bodyLimit = web.getLong("bodyLimitBytes", 64L * 1024);
        long requestTimeoutMs = web.getLong("requestTimeoutMs", 10_000L);
        // the core's answer must come before the request times out, so a late answer still gets its own error
        long busTimeoutMs = web.getLong("busTimeoutMs", requestTimeoutMs > 5_000 ? requestTimeoutMs - 1_000 : requestTimeoutMs * 4 / 5);
        atLeast("bodyLimitBytes", bodyLimit, 1024);
        atLeast("requestTimeoutMs", requestTimeoutMs, 100);
        atLeast("busTimeoutMs", busTimeoutMs, 50);
        long photoMax = web.getLong("photoMaxBytes", 2L * 1024 * 1024);
        if (photoMax < 1024 || photoMax > PHOTO_CAP_BYTES) {
            throw new IllegalArgumentException("web.photoMaxBytes must be 1024.." + PHOTO_CAP_BYTES + ", was " + photoMax);
        }
        List<String> origins = web.getJsonArray("corsOrigins", new JsonArray()).stream().map(String::valueOf).toList();
        return new WebOptions(web.getString("host", "0.0.0.0"), port, origins, bodyLimit, photoMax, Duration.ofMillis(requestTimeoutMs),
                Duration.ofMillis(busTimeoutMs), JwtSettings.fromJson(web.getJsonObject("jwt", new JsonObject())),
                SmsSettings.fromJson(web.getJsonObject("sms", new JsonObject())),
                WechatSettings.fromJson(web.getJsonObject("wechat", new JsonObject())),
                RateLimitSettings.fromJson(web.getJsonObject("rateLimits", new JsonObject())));
    }

    private static void atLeast(String key, long value, long minimum) {
        if (value < minimum) {
            throw new IllegalArgumentException("web." + key + " must be at least " + minimum + ", was " + value);
        }
    }
}
