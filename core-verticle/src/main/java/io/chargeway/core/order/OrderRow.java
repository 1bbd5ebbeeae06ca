package io.chargeway.core.order;

import java.time.Instant;

import io.chargeway.contract.json.BusJson;
import io.chargeway.contract.pile.TariffModel;
import io.chargeway.core.db.UtcDateTimes;
import io.chargeway.core.tariff.TariffJson;
import io.chargeway.core.wallet.Hold;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;

/**
 * A {@code charge_orders} row as the core's order logic uses it.
 *
 * @param id             the order id
 * @param tradeSerial    the trade serial
 * @param tenantId       the operator
 * @param stationId      the station
 * @param pileId         the pile's row id
 * @param pileNo         the pile number
 * @param gun            the gun
 * @param memberId       the paying member, 0 when none
 * @param trigger        APP, CARD, VIN or OFFLINE_CARD
 * @param mode           the charge mode
 * @param limitValue     the mode's limit
 * @param state          the state
 * @param hold           the money frozen for it now
 * @param tariff         the tariff it is priced with
 * @param physicalCardNo the card of a card session, or null
 * @param createdAt      when created
 * @param startedAt      when the pile confirmed the start, or null
 */
public record OrderRow(long id, String tradeSerial, long tenantId, long stationId, long pileId, String pileNo, int gun,
                       long memberId, String trigger, ChargeMode mode, long limitValue, OrderState state, Hold hold,
                       TariffModel tariff, String physicalCardNo, Instant createdAt, Instant startedAt) {

    /** The columns {@link #read(Row)} needs. */
    public static final String COLUMNS = "id, trade_serial, tenant_id, station_id, pile_id, pile_no, gun_no, member_id,"
            + " trigger_type, mode, limit_value, state, hold_gift_fen, hold_cash_fen, tariff_json, physical_card_no,"
            + " created_at, started_at";

    /** Reads a row selected with {@link #COLUMNS}. */
    public static OrderRow read(Row row) {
        Long member = row.getLong("member_id");
        Object tariff = row.getValue("tariff_json");
        return new OrderRow(row.getLong("id"), row.getString("trade_serial"), row.getLong("tenant_id"),
                row.getLong("station_id"), row.getLong("pile_id"), row.getString("pile_no"), row.getInteger("gun_no"),
                member == null ? 0 : member, row.getString("trigger_type"), ChargeMode.valueOf(row.getString("mode")),
                row.getLong("limit_value"), OrderState.valueOf(row.getString("state")),
                new Hold(row.getLong("hold_gift_fen"), row.getLong("hold_cash_fen")),
                tariff instanceof JsonObject j ? BusJson.fromJson(j, TariffModel.class) : TariffJson.parse(String.valueOf(tariff)),
                row.getString("physical_card_no"),
                UtcDateTimes.fromColumn(row.getLocalDateTime("created_at")),
                UtcDateTimes.fromColumn(row.getLocalDateTime("started_at")));
    }

    /** This row in another state (after a transition this node made). */
    public OrderRow withState(OrderState next) {
        return new OrderRow(id, tradeSerial, tenantId, stationId, pileId, pileNo, gun, memberId, trigger, mode, limitValue, next,
                hold, tariff, physicalCardNo, createdAt, startedAt);
    }

    /** This row with the id the database gave it. */
    public OrderRow withId(long newId) {
        return new OrderRow(newId, tradeSerial, tenantId, stationId, pileId, pileNo, gun, memberId, trigger, mode, limitValue,
                state, hold, tariff, physicalCardNo, createdAt, startedAt);
    }

    /** This row CHARGING since {@code at} (after this node saw the pile start). */
    public OrderRow started(Instant at) {
        return new OrderRow(id, tradeSerial, tenantId, stationId, pileId, pileNo, gun, memberId, trigger, mode, limitValue,
                OrderState.CHARGING, hold, tariff, physicalCardNo, createdAt, at);
    }

    /** Whether a member's wallet pays for it. */
    public boolean paidByMember() {
        return memberId > 0;
    }
}
