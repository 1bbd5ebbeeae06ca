package io.chargeway.core.order;

import java.time.Duration;

import io.chargeway.core.ConfigSection;
import io.vertx.core.json.JsonObject;

/**
 * The settings of orders, wallets and tariff delivery: the {@code "orders"} section of the merged
 * configuration, read once at start.
 * <pre>{@code
 * "orders": {"startTimeoutSeconds": 90, "abnormalAfterSeconds": 300, "sweepIntervalMillis": 1000,
 *            "discrepancyToleranceFen": 1, "minStartBalanceFen": 100, "settlementBatchSize": 64,
 *            "settlementConcurrency": 2, "openingBatchSize": 32, "openingConcurrency": 2,
 *            "moveBatchSize": 32, "moveConcurrency": 2,
 *            "tariffPushRetrySeconds": 30, "commandReplyTimeoutSeconds": 30,
 *            "liveTtlSeconds": 86400}
 * }</pre>
 *
 * @param startTimeout            a start not confirmed within this fails and its hold is released (YKC: 90 s)
 * @param abnormalAfter           a stopped order without a record for this long becomes ABNORMAL
 * @param sweepInterval           how often the timers (start timeout, abnormal, tariff schedules and pushes) are checked
 * @param discrepancyToleranceFen the largest |platform - pile| amount difference that is not flagged
 * @param minStartBalanceFen      the smallest available balance that may start a session
 * @param settlementBatchSize     the most transaction records settled in one database transaction
 * @param settlementConcurrency   the most settlement transactions running at once
 * @param openingBatchSize        the most starts opened in one database transaction
 * @param openingConcurrency      the most opening transactions running at once
 * @param moveBatchSize           the most moves without money (-> CHARGING, -> STOPPING) committed in one transaction
 * @param moveConcurrency         the most such transactions running at once
 * @param tariffPushRetry         how long to wait before pushing a tariff to a pile again
 * @param commandReplyTimeout     how long to wait for the command router's answer (more than the core's command timeout)
 * @param liveTtlSeconds          how long a running order's live state stays in Redis after its last sample
 */
public record OrderOptions(Duration startTimeout, Duration abnormalAfter, Duration sweepInterval, long discrepancyToleranceFen,
                           long minStartBalanceFen, int settlementBatchSize, int settlementConcurrency,
                           int openingBatchSize, int openingConcurrency, int moveBatchSize, int moveConcurrency,
                           Duration tariffPushRetry, Duration commandReplyTimeout, int liveTtlSeconds) {

    /** The configuration section. */
    public static final String SECTION = "orders";

    /**
     * Reads the {@code "orders"} section.
     *
     * @throws IllegalArgumentException naming the key when a value is mistyped or out of range
     */
    public static OrderOptions fromJson(JsonObject config) {
        ConfigSection s = ConfigSection.of(config, SECTION);
        return new OrderOptions(
                Duration.ofSeconds(s.integer("startTimeoutSeconds", 90, 1, 3600)),
                Duration.ofSeconds(s.integer("abnormalAfterSeconds", 300, 1, 30 * 86_400)),
                Duration.ofMillis(s.integer("sweepIntervalMillis", 1000, 50, 600_000)),
                s.integer("discrepancyToleranceFen", 1, 0, 1_000_000),
                s.integer("minStartBalanceFen", 100, 1, 100_000_000),
                s.integer("settlementBatchSize", 64, 1, 500),
                s.integer("settlementConcurrency", 2, 1, 16),
                s.integer("openingBatchSize", 32, 1, 64),
                s.integer("openingConcurrency", 2, 1, 16),
                s.integer("moveBatchSize", 32, 1, 64),
                s.integer("moveConcurrency", 2, 1, 16),
                Duration.ofSeconds(s.integer("tariffPushRetrySeconds", 30, 1, 86_400)),
                Duration.ofSeconds(s.integer("commandReplyTimeoutSeconds", 30, 1, 600)),
                s.integer("liveTtlSeconds", 86_400, 60, 30 * 86_400));
    }
}
