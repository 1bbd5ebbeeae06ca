package io.chargeway.web.auth.sms;

import io.vertx.core.json.JsonObject;

/**
 * Which SMS gateway sends driver login codes, and its account.
 *
 * <pre>{@code
 * "sms": {"provider": "log"}                                    // development: the code goes to the log
 * "sms": {"provider": "aliyun", "endpoint": "https://dysmsapi.aliyuncs.com", "regionId": "cn-hangzhou",
 *         "accessKeyId": "...", "accessKeySecret": "...", "signName": "...", "templateCode": "SMS_123"}
 * }</pre>
 *
 * @param provider        {@code log} or {@code aliyun}
 * @param endpoint        the provider's base URL (a local fake in tests)
 * @param regionId        Aliyun region
 * @param accessKeyId     the account's key id
 * @param accessKeySecret the account's secret (signs requests; never logged)
 * @param signName        the approved signature shown in the message
 * @param templateCode    the approved template with a {@code ${code}} variable
 */
public record SmsSettings(String provider, String endpoint, String regionId, String accessKeyId, String accessKeySecret,
                          String signName, String templateCode) {

    /** Development provider: logs the code. */
    public static final String LOG = "log";
    /** Aliyun Dysms SendSms. */
    public static final String ALIYUN = "aliyun";

    /**
     * Reads {@code web.sms}.
     *
     * @throws IllegalArgumentException for an unknown provider or a missing Aliyun account field
     */
    public static SmsSettings fromJson(JsonObject json) {
        String provider = json.getString("provider", LOG);
        SmsSettings s = new SmsSettings(provider, json.getString("endpoint", "https://dysmsapi.aliyuncs.com"),
                json.getString("regionId", "cn-hangzhou"), json.getString("accessKeyId"), json.getString("accessKeySecret"),
                json.getString("signName"), json.getString("templateCode"));
        if (ALIYUN.equals(provider)) {
            if (s.accessKeyId == null || s.accessKeySecret == null || s.signName == null || s.templateCode == null) {
                throw new IllegalArgumentException("web.sms: aliyun needs accessKeyId, accessKeySecret, signName and templateCode");
            }
        } else if (!LOG.equals(provider)) {
            throw new IllegalArgumentException("web.sms.provider must be 'log' or 'aliyun', was '" + provider + "'");
        }
        return s;
    }
}
