package io.chargeway.web.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.chargeway.web.auth.sms.AliyunRpcSignature;

class AliyunRpcSignatureTest {

    /** The worked example of Aliyun's SendSms signature documentation (secret "testsecret"). */
    private static Map<String, String> documentedExample() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("AccessKeyId", "testId");
        p.put("Action", "SendSms");
        p.put("Format", "XML");
        p.put("OutId", "123");
        p.put("PhoneNumbers", "15300000001");
        p.put("RegionId", "cn-hangzhou");
        p.put("SignName", "阿里云短信测试专用");
        p.put("SignatureMethod", "HMAC-SHA1");
        p.put("SignatureNonce", "45e25e9b-0a6f-4070-8c85-2956eda1b466");
        p.put("SignatureVersion", "1.0");
        p.put("TemplateCode", "SMS_71390007");
        p.put("TemplateParam", "{\"customer\":\"test\"}");
        p.put("Timestamp", "2017-07-12T02:42:19Z");
        p.put("Version", "2017-05-25");
        return p;
    }

    @Test
    void percentEncodingFollowsRfc3986() {
        assertThat(AliyunRpcSignature.percentEncode("a b*c~d/e")).isEqualTo("a%20b%2Ac~d%2Fe");
        assertThat(AliyunRpcSignature.percentEncode("阿")).isEqualTo("%E9%98%BF");
    }

    @Test
    void theStringToSignSortsKeysAndEncodesTwice() {
        String s = AliyunRpcSignature.stringToSign("GET", documentedExample());
        assertThat(s).startsWith("GET&%2F&AccessKeyId%3DtestId%26Action%3DSendSms%26Format%3DXML%26OutId%3D123%26PhoneNumbers%3D15300000001");
        assertThat(s).contains("%26SignName%3D%25E9%2598%25BF%25E9%2587%258C%25E4%25BA%2591");
        assertThat(s).contains("%26TemplateParam%3D%257B%2522customer%2522%253A%2522test%2522%257D");
        assertThat(s).endsWith("%26Timestamp%3D2017-07-12T02%253A42%253A19Z%26Version%3D2017-05-25");
    }

    @Test
    void theDocumentedExampleSignsToTheDocumentedSignature() {
        assertThat(AliyunRpcSignature.sign("GET", documentedExample(), "testSecret")).isEqualTo("zJDF+Lrzhj/ThnlvIToysFRq6t4=");
    }
}
