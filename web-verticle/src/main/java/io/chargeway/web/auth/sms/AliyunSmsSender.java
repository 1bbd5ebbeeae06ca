package io.chargeway.web.auth.sms;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import io.chargeway.contract.ErrorCode;
import io.chargeway.contract.PlatformException;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends login codes through Aliyun Dysms {@code SendSms} (API version 2017-05-25): a signed
 * {@code GET /?...} RPC call (see {@link AliyunRpcSignature}) whose JSON answer has
 * {@code "Code": "OK"} on success, otherwise the provider's error code and message.
 */
public final class AliyunSmsSender implements SmsGateway {

    private static final Logger LOG = LoggerFactory.getLogger(AliyunSmsSender.class);
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);

    private final WebClient client;
    private final SmsSettings settings;
    private final Clock clock;
    private final Supplier<String> nonces;

    /** A sender with the system clock and random nonces. */
    public AliyunSmsSender(WebClient client, SmsSettings settings) {
        this(client, settings, Clock.systemUTC(), () -> UUID.randomUUID().toString());
    }

    /** A sender with a given clock and nonce source (tests recompute the signature from them). */
    public AliyunSmsSender(WebClient client, SmsSettings settings, Clock clock, Supplier<String> nonces) {
        this.client = client;
        this.settings = settings;
        this.clock = clock;
        this.nonces = nonces;
    }

    /** The request parameters of one {@code SendSms} call, without the signature. */
    public Map<String, String> parameters(String phone, String code) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("AccessKeyId", settings.accessKeyId());
        p.put("Action", "SendSms");
        p.put("Format", "JSON");
        p.put("PhoneNumbers", phone);
        p.put("RegionId", settings.regionId());
        p.put("SignName", settings.signName());
        p.put("SignatureMethod", "HMAC-SHA1");
        p.put("SignatureNonce", nonces.get());
        p.put("SignatureVersion", "1.0");
        p.put("TemplateCode", settings.templateCode());
        p.put("TemplateParam", new JsonObject().put("code", code).encode());
        p.put("Timestamp", TIMESTAMP.format(clock.instant().truncatedTo(ChronoUnit.SECONDS)));
        p.put("Version", "2017-05-25");
        return p;
    }

    @Override
    public Future<Void> send(String phone, String code) {
        Map<String, String> params = parameters(phone, code);
        String signature = AliyunRpcSignature.sign("GET", params, settings.accessKeySecret());
        String uri = "/?Signature=" + AliyunRpcSignature.percentEncode(signature) + "&" + AliyunRpcSignature.canonicalQuery(params);
        return client.getAbs(settings.endpoint() + uri).send()
                .recover(e -> Future.failedFuture(new PlatformException(ErrorCode.UNAVAILABLE,
                        "SMS provider unreachable: " + e.getMessage(), e)))
                .compose(response -> outcome(phone, response));
    }

    private Future<Void> outcome(String phone, HttpResponse<Buffer> response) {
        JsonObject body;
        try {
            body = response.bodyAsJsonObject();
        } catch (DecodeException e) {
            body = null;
        }
        if (response.statusCode() == 200 && body != null && "OK".equals(body.getString("Code"))) {
            LOG.info("login code sent [phone: {}, bizId: {}]", phone, body.getString("BizId"));
            return Future.succeededFuture();
        }
        String reason = body == null ? "HTTP " + response.statusCode() : body.getString("Code") + ": " + body.getString("Message");
        LOG.warn("SMS provider refused the message [phone: {}, reason: {}]", phone, reason);
        return Future.failedFuture(new PlatformException(ErrorCode.UNAVAILABLE, "SMS provider refused the message: " + reason));
    }
}
