package io.chargeway.web.auth.sms;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Aliyun RPC API signature version 1.0 (HMAC-SHA1), as used by Dysms {@code SendSms}:
 *
 * <pre>
 * canonicalized = join("&amp;", sorted(percentEncode(key) + "=" + percentEncode(value)))
 * stringToSign  = method + "&amp;" + percentEncode("/") + "&amp;" + percentEncode(canonicalized)
 * Signature     = base64(HMAC-SHA1(key = accessKeySecret + "&amp;", stringToSign))
 * </pre>
 *
 * where {@code percentEncode} is RFC 3986 encoding of UTF-8 (space as {@code %20}, {@code *} as
 * {@code %2A}, {@code ~} kept). Pure functions, no I/O.
 */
public final class AliyunRpcSignature {

    private AliyunRpcSignature() {
    }

    /** RFC 3986 percent-encoding of the UTF-8 bytes of {@code value}. */
    public static String percentEncode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A").replace("%7E", "~");
    }

    /** The canonicalized query string of {@code params} (without the signature). */
    public static String canonicalQuery(Map<String, String> params) {
        SortedMap<String, String> sorted = new TreeMap<>(params);
        return sorted.entrySet().stream()
                .map(e -> percentEncode(e.getKey()) + "=" + percentEncode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    /** The string that is signed for an HTTP {@code method} and these {@code params}. */
    public static String stringToSign(String method, Map<String, String> params) {
        return method + "&" + percentEncode("/") + "&" + percentEncode(canonicalQuery(params));
    }

    /** The base64 signature of {@code params} with the account secret. */
    public static String sign(String method, Map<String, String> params, String accessKeySecret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec((accessKeySecret + "&").getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            byte[] digest = mac.doFinal(stringToSign(method, params).getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is not available in this JVM", e);
        }
    }
}
