package io.chargeway.web.auth.sms;

import io.vertx.core.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Development gateway: writes the code to the log instead of sending it. Never configure it in production. */
public final class LoggingSmsSender implements SmsGateway {

    private static final Logger LOG = LoggerFactory.getLogger(LoggingSmsSender.class);

    @Override
    public Future<Void> send(String phone, String code) {
        LOG.info("development SMS sender: login code [phone: {}, code: {}]", phone, code);
        return Future.succeededFuture();
    }
}
