package io.chargeway.core.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import org.junit.jupiter.api.Test;

class GroupCommitTest {

    /** What ran, in order: "alone:x" or "batch:[x, y]"; each run's answer is released by hand. */
    private final List<String> runs = new ArrayList<>();
    private final List<Promise<?>> pending = new ArrayList<>();

    private Future<String> alone(String item) {
        runs.add("alone:" + item);
        Promise<String> p = Promise.promise();
        pending.add(p);
        return p.future();
    }

    private Future<List<Future<String>>> together(List<String> items) {
        runs.add("batch:" + items);
        Promise<List<Future<String>>> p = Promise.promise();
        pending.add(p);
        return p.future();
    }

    private GroupCommit<String, String> commits(int maxBatch, int concurrency) {
        return new GroupCommit<>("writes", this::alone, this::together, item -> item.substring(0, 1), maxBatch, concurrency);
    }

    @SuppressWarnings("unchecked")
    private <T> void release(int run, T value) {
        ((Promise<T>) pending.get(run)).complete(value);
    }

    @Test
    void underLightLoadAWriteRunsAloneAtOnce() {
        Future<String> a = commits(8, 1).submit("a1", false);
        assertThat(runs).containsExactly("alone:a1");
        release(0, "A1");
        assertThat(a.result()).isEqualTo("A1");
    }

    @Test
    void writesWaitingGoTogetherOncePerKeyAndAloneOnlyWritesRunByThemselves() {
        GroupCommit<String, String> commits = commits(3, 1);
        commits.submit("a1", false);
        Future<String> b = commits.submit("b1", false);
        Future<String> c = commits.submit("c1", false);
        Future<String> b2 = commits.submit("b2", false);
        Future<String> d = commits.submit("d1", false);
        Future<String> e = commits.submit("e1", true);
        release(0, "A1");
        assertThat(runs.get(1)).isEqualTo("batch:[b1, c1, d1]");
        release(1, List.of(Future.succeededFuture("B1"), Future.failedFuture("c refused"), Future.succeededFuture("D1")));
        assertThat(b.result()).isEqualTo("B1");
        assertThat(c.cause()).hasMessage("c refused");
        assertThat(d.result()).isEqualTo("D1");
        assertThat(runs.get(2)).isEqualTo("alone:b2");
        release(2, "B2");
        assertThat(runs.get(3)).isEqualTo("alone:e1");
        release(3, "E1");
        assertThat(List.of(b2.result(), e.result())).containsExactly("B2", "E1");
    }

    /** A second transaction starts only for a full batch: a partial one waits for the running transaction. */
    @Test
    void aSecondLaneOpensOnlyForAFullBatch() {
        GroupCommit<String, String> commits = commits(2, 2);
        commits.submit("a1", false);
        Future<String> b = commits.submit("b1", false);
        assertThat(runs).containsExactly("alone:a1");
        Future<String> c = commits.submit("c1", false);
        assertThat(runs).containsExactly("alone:a1", "batch:[b1, c1]");
        Future<String> d = commits.submit("d1", false);
        Future<String> e = commits.submit("e1", false);
        assertThat(runs).hasSize(2);
        release(1, List.of(Future.succeededFuture("B1"), Future.succeededFuture("C1")));
        assertThat(runs).containsExactly("alone:a1", "batch:[b1, c1]", "batch:[d1, e1]");
        release(0, "A1");
        release(2, List.of(Future.succeededFuture("D1"), Future.succeededFuture("E1")));
        assertThat(List.of(b.result(), c.result(), d.result(), e.result())).containsExactly("B1", "C1", "D1", "E1");
    }

    @Test
    void aBatchTheDatabaseRefusesIsTriedWriteByWrite() {
        GroupCommit<String, String> commits = commits(8, 1);
        commits.submit("a1", false);
        Future<String> b = commits.submit("b1", false);
        Future<String> c = commits.submit("c1", false);
        release(0, "A1");
        assertThat(runs.get(1)).isEqualTo("batch:[b1, c1]");
        pending.get(1).fail("deadlock");
        assertThat(runs.get(2)).isEqualTo("alone:b1");
        release(2, "B1");
        assertThat(runs.get(3)).isEqualTo("alone:c1");
        release(3, "C1");
        assertThat(List.of(b.result(), c.result())).containsExactly("B1", "C1");
    }

    @Test
    void aSinglePathThatThrowsFailsItsWriteOnly() {
        GroupCommit<String, String> commits = new GroupCommit<>("writes", item -> {
            throw new IllegalStateException("no connection");
        }, this::together, item -> item, 8, 1);
        assertThat(commits.submit("a1", false).cause()).hasMessage("no connection");
        assertThat(commits.submit("b1", true).cause()).hasMessage("no connection");
    }
}
