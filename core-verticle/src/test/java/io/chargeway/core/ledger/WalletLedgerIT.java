package io.chargeway.core.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;

import io.chargeway.contract.ErrorCode;
import io.chargeway.contract.json.BusJson;
import io.chargeway.contract.order.MemberView;
import io.chargeway.contract.order.OrderAddresses;
import io.chargeway.contract.order.ReconciliationReport;
import io.chargeway.contract.order.RegisterMember;
import io.chargeway.contract.order.WalletAdjustment;
import io.chargeway.contract.order.WalletEntriesQuery;
import io.chargeway.contract.order.WalletEntryPage;
import io.chargeway.contract.order.WalletQuery;
import io.chargeway.contract.order.WalletView;
import io.chargeway.core.CoreFixture;
import io.chargeway.core.db.DatabaseOptions;
import io.chargeway.core.order.OrderFixture;
import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(VertxExtension.class)
class WalletLedgerIT {

    private static OrderFixture orders;

    @BeforeAll
    static void deploy(Vertx vertx) {
        orders = OrderFixture.deploy(vertx, "wallets");
    }

    @Test
    void registeringTheSamePhoneTwiceFindsTheSameMemberWithAnEmptyWallet() {
        MemberView first = BusJson.fromJson(orders.core.request(OrderAddresses.MEMBERS_REGISTER,
                new RegisterMember(OrderFixture.TENANT, "13900000001", "Li")), MemberView.class);
        MemberView again = BusJson.fromJson(orders.core.request(OrderAddresses.MEMBERS_REGISTER,
                new RegisterMember(OrderFixture.TENANT, "13900000001", "Li")), MemberView.class);

        assertThat(again.memberId()).isEqualTo(first.memberId());
        assertThat(orders.wallet(first.memberId())).isEqualTo(new WalletView(1, first.memberId(), 0, 0, 0, 0, 0));
        assertThat(orders.core.count("SELECT COUNT(*) FROM ledger_accounts WHERE owner_id = ? AND account_type LIKE 'MEMBER_%'",
                first.memberId())).isEqualTo(4);
    }

    @Test
    void anAdjustmentCreditsTheBalanceOnceWhateverTheRetries() {
        long member = orders.member();
        WalletAdjustment adjustment = new WalletAdjustment(OrderFixture.TENANT, member, "CASH", 5000, "counter top-up", "op-1",
                "req-" + member);

        orders.core.request(OrderAddresses.WALLET_ADJUST, adjustment);
        WalletView repeated = BusJson.fromJson(orders.core.request(OrderAddresses.WALLET_ADJUST, adjustment), WalletView.class);

        assertThat(repeated.cashFen()).isEqualTo(5000);
        assertThat(repeated.availableFen()).isEqualTo(5000);
        assertThat(orders.core.count("SELECT COUNT(*) FROM ledger_journals WHERE reference = ?", "req-" + member)).isEqualTo(1);
        WalletEntryPage entries = BusJson.fromJson(orders.core.request(OrderAddresses.WALLET_ENTRIES,
                new WalletEntriesQuery(OrderFixture.TENANT, member, 0, 10)), WalletEntryPage.class);
        assertThat(entries.entries()).singleElement().satisfies(e -> {
            assertThat(e.amountFen()).isEqualTo(5000);
            assertThat(e.kind()).isEqualTo("ADJUSTMENT");
            assertThat(e.memo()).isEqualTo("counter top-up");
        });
    }

    @Test
    void anAdjustmentCannotTakeMoreThanTheBalanceAndChangesNothing() {
        long member = orders.member(1000, 0);

        int code = orders.core.requestFailure(OrderAddresses.WALLET_ADJUST, new WalletAdjustment(OrderFixture.TENANT, member,
                "CASH", -1001, "correction", "op-1", "take-" + member)).failureCode();

        assertThat(code).isEqualTo(ErrorCode.BAD_REQUEST.busCode());
        assertThat(orders.wallet(member).cashFen()).isEqualTo(1000);
    }

    @Test
    void aMemberOfAnotherTenantIsNotFound() {
        long member = orders.member();

        int code = orders.core.requestFailure(OrderAddresses.WALLET_GET, new WalletQuery(99, member)).failureCode();

        assertThat(code).isEqualTo(ErrorCode.NOT_FOUND.busCode());
    }

    @Test
    void reconciliationFindsADeliberatelyCorruptedEntry(Vertx vertx) {
        long member = orders.member(700, 300);
        assertThat(orders.reconcile().balanced()).isTrue();

        orders.core.sql("UPDATE ledger_entries SET amount_fen = amount_fen + 1 WHERE owner_id = ? AND account_type = 'MEMBER_GIFT'",
                member);
        ReconciliationReport report = orders.reconcile();
        ReconciliationReport fromTool = CoreFixture.await(LedgerReconciliation.runOnce(vertx,
                DatabaseOptions.fromJson(orders.core.config), Clock.systemUTC()));

        assertThat(report.balanced()).isFalse();
        assertThat(report.ledgerSumFen()).isEqualTo(1);
        assertThat(report.accountMismatches()).singleElement().satisfies(a -> {
            assertThat(a.ownerId()).isEqualTo(member);
            assertThat(a.type()).isEqualTo("MEMBER_GIFT");
            assertThat(a.balanceFen()).isEqualTo(300);
            assertThat(a.entriesSumFen()).isEqualTo(301);
        });
        assertThat(report.unbalancedJournals()).singleElement().satisfies(j -> assertThat(j.sumFen()).isEqualTo(1));
        assertThat(fromTool.accountMismatches()).isEqualTo(report.accountMismatches());
        orders.core.sql("UPDATE ledger_entries SET amount_fen = amount_fen - 1 WHERE owner_id = ? AND account_type = 'MEMBER_GIFT'",
                member);
        assertThat(orders.reconcile().balanced()).isTrue();
    }
}
