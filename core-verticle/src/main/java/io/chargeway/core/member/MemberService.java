package io.chargeway.core.member;

import java.time.Clock;
import java.util.Locale;
import java.util.regex.Pattern;

import io.chargeway.contract.ErrorCode;
import io.chargeway.contract.PlatformException;
import io.chargeway.contract.order.BindCredential;
import io.chargeway.contract.order.MemberQuery;
import io.chargeway.contract.order.MemberView;
import io.chargeway.contract.order.RegisterMember;
import io.chargeway.core.db.MySqlErrors;
import io.chargeway.core.ledger.LedgerRepository;
import io.chargeway.core.ledger.TransactionRunner;
import io.vertx.core.Future;
import io.vertx.mysqlclient.MySQLException;
import io.vertx.sqlclient.SqlConnection;

/**
 * Registers members (with their four wallet accounts) and binds cards and vehicles to them.
 * Registration is idempotent on tenant and phone; binding the same card or VIN to the same
 * member again is a no-op, to another member a {@link ErrorCode#CONFLICT}.
 */
public final class MemberService {

    /** ER_NO_REFERENCED_ROW_2: the tenant of a new member does not exist. */
    private static final int FOREIGN_KEY_MISSING = 1452;
    private static final Pattern PHONE = Pattern.compile("\\+?\\d{5,20}");
    private static final Pattern CARD_UID = Pattern.compile("[0-9A-F]{16}");
    private static final Pattern LOGICAL_CARD = Pattern.compile("\\d{16}");
    private static final Pattern VIN = Pattern.compile("[A-HJ-NPR-Z0-9]{17}");

    private final TransactionRunner tx;
    private final Clock clock;

    /** A service writing through {@code tx}. */
    public MemberService(TransactionRunner tx, Clock clock) {
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * Registers a member, or answers the one registered with that phone.
     *
     * @return the member; failed with {@link ErrorCode#BAD_REQUEST} for a bad phone or name,
     *         {@link ErrorCode#NOT_FOUND} for an unknown tenant, {@link ErrorCode#UNAVAILABLE} when the database fails
     */
    public Future<MemberView> register(RegisterMember request) {
        String phone = request.phone() == null ? "" : request.phone().trim();
        String name = request.displayName() == null ? "" : request.displayName().trim();
        if (!PHONE.matcher(phone).matches() || name.length() > 64 || request.tenantId() <= 0) {
            return Future.failedFuture(new PlatformException(ErrorCode.BAD_REQUEST,
                    "a member needs a tenant, a phone of 5..20 digits and a name of at most 64 characters"));
        }
        return tx.inTransaction("register member", conn -> MemberRepository.insertOrFind(conn, request.tenantId(), phone, name,
                        clock.instant())
                .compose(id -> LedgerRepository.openMemberAccounts(conn, request.tenantId(), id, clock.instant()).map(id)))
                .recover(err -> Future.failedFuture(isForeignKey(err)
                        ? new PlatformException(ErrorCode.NOT_FOUND, "tenant " + request.tenantId() + " does not exist")
                        : MySqlErrors.unavailable("registering a member", err)))
                .compose(id -> MemberRepository.find(tx.pool(), request.tenantId(), id));
    }

    /**
     * A member.
     *
     * @return the member; failed with {@link ErrorCode#NOT_FOUND} if not a member of the tenant
     */
    public Future<MemberView> get(MemberQuery query) {
        return MemberRepository.find(tx.pool(), query.tenantId(), query.memberId())
                .recover(err -> Future.failedFuture(MySqlErrors.unavailable("reading a member", err)));
    }

    /**
     * Binds a card or a VIN.
     *
     * @return the member with the new binding; failed with {@link ErrorCode#BAD_REQUEST} for a malformed
     *         number, {@link ErrorCode#NOT_FOUND} for an unknown member, {@link ErrorCode#CONFLICT} when
     *         another member holds the card or VIN
     */
    public Future<MemberView> bind(BindCredential request) {
        String kind = request.kind() == null ? "" : request.kind().toUpperCase(Locale.ROOT);
        Future<Void> bound = switch (kind) {
            case "CARD" -> bindCard(request);
            case "VIN" -> bindVehicle(request);
            default -> Future.failedFuture(new PlatformException(ErrorCode.BAD_REQUEST, "kind must be CARD or VIN"));
        };
        return bound.compose(v -> get(new MemberQuery(request.tenantId(), request.memberId())));
    }

    private Future<Void> bindCard(BindCredential r) {
        String physical = r.physicalCardNo() == null ? "" : r.physicalCardNo().trim().toUpperCase(Locale.ROOT);
        String logical = r.logicalCardNo() == null ? "" : r.logicalCardNo().trim();
        if (!CARD_UID.matcher(physical).matches() || !LOGICAL_CARD.matcher(logical).matches()) {
            return Future.failedFuture(new PlatformException(ErrorCode.BAD_REQUEST,
                    "a card needs a physical number of 16 hex digits and a logical number of 16 digits"));
        }
        return tx.inTransaction("bind card", conn -> requireMember(conn, r)
                .compose(v -> MemberRepository.insertCard(conn, r.tenantId(), r.memberId(), physical, logical, clock.instant())))
                .recover(err -> MySqlErrors.isDuplicateKey(err)
                        ? sameMember(MemberRepository.byCard(tx.pool(), r.tenantId(), physical), r, "card " + physical)
                        : Future.failedFuture(MySqlErrors.unavailable("binding a card", err)));
    }

    private Future<Void> bindVehicle(BindCredential r) {
        String vin = r.vin() == null ? "" : r.vin().trim().toUpperCase(Locale.ROOT);
        if (!VIN.matcher(vin).matches()) {
            return Future.failedFuture(new PlatformException(ErrorCode.BAD_REQUEST, "a VIN has 17 characters A-Z (not I, O, Q)"
                    + " and 0-9"));
        }
        return tx.inTransaction("bind vehicle", conn -> requireMember(conn, r)
                .compose(v -> MemberRepository.insertVehicle(conn, r.tenantId(), r.memberId(), vin, clock.instant())))
                .recover(err -> MySqlErrors.isDuplicateKey(err)
                        ? sameMember(MemberRepository.byVin(tx.pool(), r.tenantId(), vin), r, "vehicle " + vin)
                        : Future.failedFuture(MySqlErrors.unavailable("binding a vehicle", err)));
    }

    private static Future<Void> requireMember(SqlConnection conn, BindCredential r) {
        return MemberRepository.status(conn, r.tenantId(), r.memberId()).mapEmpty();
    }

    private static Future<Void> sameMember(Future<MemberRepository.Credential> holder, BindCredential r, String what) {
        return holder.compose(c -> c != null && c.memberId() == r.memberId() ? Future.succeededFuture()
                : Future.failedFuture(new PlatformException(ErrorCode.CONFLICT, what + " is bound to another member")));
    }

    private static boolean isForeignKey(Throwable err) {
        return err instanceof MySQLException e && e.getErrorCode() == FOREIGN_KEY_MISSING;
    }
}
