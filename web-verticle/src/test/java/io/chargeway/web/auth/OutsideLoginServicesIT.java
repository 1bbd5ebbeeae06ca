package io.chargeway.web.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.chargeway.contract.ErrorCode;
import io.chargeway.contract.PlatformException;
import io.chargeway.web.auth.sms.AliyunSmsSender;
import io.chargeway.web.auth.sms.SmsSettings;
import io.chargeway.web.auth.wechat.WechatLoginClient;
import io.chargeway.web.auth.wechat.WechatSession;
import io.chargeway.web.auth.wechat.WechatSettings;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClient;

/**
 * The SMS provider and WeChat clients against local fake servers that check every request byte for
 * byte: the fake Aliyun endpoint recomputes the HMAC-SHA1 signature from the raw query with its own
 * code, the fake WeChat endpoint checks path and parameters; both answer like the real services.
 */
class OutsideLoginServicesIT {

    private static final String SECRET = "fake-secret";
    private static Vertx vertx;
    private static HttpServer fake;
    private static WebClient client;
    private static final List<String> RAW_URIS = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        vertx = Vertx.vertx();
        fake = vertx.createHttpServer().requestHandler(OutsideLoginServicesIT::answer).listen(0, "127.0.0.1").await(10, TimeUnit.SECONDS);
        client = WebClient.create(vertx);
    }

    @AfterAll
    static void stop() throws Exception {
        vertx.close().await(10, TimeUnit.SECONDS);
    }

    private static void answer(HttpServerRequest req) {
        RAW_URIS.add(req.uri());
        if (req.path().equals("/sns/jscode2session")) {
            wechat(req);
        } else {
            aliyun(req);
        }
    }

    private static void aliyun(HttpServerRequest req) {
        String query = req.uri().substring(req.uri().indexOf('?') + 1);
        Map<String, String> params = new TreeMap<>();
        String signature = null;
        for (String pair : query.split("&")) {
            String[] kv = pair.split("=", 2);
            String value = java.net.URLDecoder.decode(kv[1], StandardCharsets.UTF_8);
            if (kv[0].equals("Signature")) {
                signature = value;
            } else {
                params.put(kv[0], value);
            }
        }
        boolean signed = signature != null && signature.equals(independentSignature(query));
        JsonObject body = !signed ? new JsonObject().put("Code", "SignatureDoesNotMatch").put("Message", "Specified signature is not matched")
                : "13800000000".equals(params.get("PhoneNumbers"))
                ? new JsonObject().put("Code", "isv.BUSINESS_LIMIT_CONTROL").put("Message", "触发分钟级流控")
                : new JsonObject().put("Code", "OK").put("Message", "OK").put("BizId", "900619746936498440^0").put("RequestId", "F655A8D5");
        req.response().putHeader("Content-Type", "application/json;charset=utf-8").setStatusCode(signed ? 200 : 400).end(body.encode());
    }

    /** The signature as the provider computes it: from the raw query minus Signature, re-sorted, HMAC-SHA1 with secret + "&". */
    private static String independentSignature(String rawQuery) {
        TreeMap<String, String> encodedPairs = new TreeMap<>();
        for (String pair : rawQuery.split("&")) {
            String[] kv = pair.split("=", 2);
            if (!kv[0].equals("Signature")) {
                encodedPairs.put(kv[0], kv[1]);
            }
        }
        StringBuilder canonical = new StringBuilder();
        encodedPairs.forEach((k, v) -> canonical.append(canonical.length() == 0 ? "" : "&").append(k).append('=').append(v));
        String stringToSign = "GET&%2F&" + java.net.URLEncoder.encode(canonical.toString(), StandardCharsets.UTF_8)
                .replace("+", "%20").replace("*", "%2A").replace("%7E", "~");
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec((SECRET + "&").getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(stringToSign.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void wechat(HttpServerRequest req) {
        boolean exact = req.query().equals("appid=wx-app-1&secret=wx-secret-1&js_code=" + req.getParam("js_code")
                + "&grant_type=authorization_code") && req.method().name().equals("GET");
        JsonObject body = !exact ? new JsonObject().put("errcode", 40013).put("errmsg", "invalid appid")
                : "used-code".equals(req.getParam("js_code")) ? new JsonObject().put("errcode", 40163).put("errmsg", "code been used")
                : new JsonObject().put("openid", "o-" + req.getParam("js_code")).put("session_key", "k").put("unionid", "u-1");
        req.response().putHeader("Content-Type", "text/plain").end(body.encode());
    }

    private static AliyunSmsSender sender() {
        SmsSettings settings = SmsSettings.fromJson(new JsonObject().put("provider", "aliyun").put("endpoint", "http://127.0.0.1:"
                + fake.actualPort()).put("accessKeyId", "LTAI-test").put("accessKeySecret", SECRET).put("signName", "充电路")
                .put("templateCode", "SMS_123456"));
        return new AliyunSmsSender(client, settings, Clock.fixed(Instant.parse("2026-11-22T08:00:00Z"), ZoneOffset.UTC),
                () -> "nonce-1");
    }

    @Test
    void anAliyunSendSmsRequestCarriesEveryParameterAndAValidSignature() throws Exception {
        RAW_URIS.clear();
        sender().send("13912345678", "123456").await(10, TimeUnit.SECONDS);
        String uri = RAW_URIS.get(0);
        assertThat(uri).startsWith("/?Signature=");
        assertThat(uri).contains("&AccessKeyId=LTAI-test&Action=SendSms&Format=JSON&PhoneNumbers=13912345678&RegionId=cn-hangzhou"
                + "&SignName=%E5%85%85%E7%94%B5%E8%B7%AF&SignatureMethod=HMAC-SHA1&SignatureNonce=nonce-1&SignatureVersion=1.0"
                + "&TemplateCode=SMS_123456&TemplateParam=%7B%22code%22%3A%22123456%22%7D&Timestamp=2026-11-22T08%3A00%3A00Z"
                + "&Version=2017-05-25");
    }

    @Test
    void aProviderRefusalBecomesUnavailableWithTheProvidersCode() {
        Throwable failure = sender().send("13800000000", "123456").transform(ar -> io.vertx.core.Future.succeededFuture(ar.cause()))
                .toCompletionStage().toCompletableFuture().join();
        assertThat(failure).isInstanceOf(PlatformException.class);
        assertThat(((PlatformException) failure).code()).isEqualTo(ErrorCode.UNAVAILABLE);
        assertThat(failure.getMessage()).contains("isv.BUSINESS_LIMIT_CONTROL");
    }

    private static WechatLoginClient wechatClient() {
        return new WechatLoginClient(client, WechatSettings.fromJson(new JsonObject().put("baseUrl", "http://127.0.0.1:" + fake.actualPort())));
    }

    @Test
    void aWechatCodeIsExchangedForTheOpenidOverTheDocumentedQuery() throws Exception {
        WechatSession session = wechatClient().exchange(new WechatSettings.App("wx-app-1", "wx-secret-1", 1), "abc")
                .await(10, TimeUnit.SECONDS);
        assertThat(session.openId()).isEqualTo("o-abc");
        assertThat(session.unionId()).isEqualTo("u-1");
    }

    @Test
    void aUsedWechatCodeIsUnauthorized() {
        Throwable failure = wechatClient().exchange(new WechatSettings.App("wx-app-1", "wx-secret-1", 1), "used-code")
                .transform(ar -> io.vertx.core.Future.succeededFuture(ar.cause())).toCompletionStage().toCompletableFuture().join();
        assertThat(((PlatformException) failure).code()).isEqualTo(ErrorCode.UNAUTHORIZED);
        assertThat(failure.getMessage()).contains("40163");
    }
}
