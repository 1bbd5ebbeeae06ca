package io.chargeway.core.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import org.junit.jupiter.api.Test;

class BatchedLookupTest {

    /** A fetch whose answers the test releases by hand. */
    private final List<List<Integer>> batches = new ArrayList<>();
    private final List<Promise<Map<Integer, String>>> pending = new ArrayList<>();

    private Future<Map<Integer, String>> fetch(List<Integer> keys) {
        batches.add(keys);
        Promise<Map<Integer, String>> p = Promise.promise();
        pending.add(p);
        return p.future();
    }

    private static Map<Integer, String> answer(List<Integer> keys) {
        Map<Integer, String> m = new HashMap<>();
        keys.stream().filter(k -> k % 10 != 0).forEach(k -> m.put(k, "v" + k));
        return m;
    }

    @Test
    void aReadUnderLightLoadGoesAloneAtOnce() {
        BatchedLookup<Integer, String> lookup = new BatchedLookup<>(this::fetch, 8, 1);
        Future<String> one = lookup.get(1);
        assertThat(batches).containsExactly(List.of(1));
        pending.get(0).complete(answer(List.of(1)));
        assertThat(one.result()).isEqualTo("v1");
    }

    @Test
    void readsArrivingWhileOneRunsGoTogetherOncePerKeyAndCappedInSize() {
        BatchedLookup<Integer, String> lookup = new BatchedLookup<>(this::fetch, 3, 1);
        Future<String> first = lookup.get(1);
        List<Future<String>> later = new ArrayList<>();
        for (int k : new int[] {2, 3, 2, 4, 10}) {
            later.add(lookup.get(k));
        }
        assertThat(batches).hasSize(1);
        assertThat(lookup.waiting()).isEqualTo(4);
        pending.get(0).complete(answer(batches.get(0)));
        assertThat(first.result()).isEqualTo("v1");
        assertThat(batches.get(1)).containsExactly(2, 3, 4);
        pending.get(1).complete(answer(batches.get(1)));
        assertThat(batches.get(2)).containsExactly(10);
        pending.get(2).complete(answer(batches.get(2)));
        assertThat(later).extracting(Future::result).containsExactly("v2", "v3", "v2", "v4", null);
    }

    @Test
    void aFailedBatchFailsEveryReadInItAndTheNextBatchStillRuns() {
        BatchedLookup<Integer, String> lookup = new BatchedLookup<>(this::fetch, 8, 2);
        Future<String> a = lookup.get(1);
        Future<String> b = lookup.get(2);
        Future<String> c = lookup.get(3);
        assertThat(batches).containsExactly(List.of(1), List.of(2));
        pending.get(0).fail(new IllegalStateException("connection lost"));
        assertThat(a.cause()).hasMessage("connection lost");
        assertThat(batches.get(2)).containsExactly(3);
        pending.get(1).complete(answer(List.of(2)));
        pending.get(2).complete(answer(List.of(3)));
        assertThat(b.result()).isEqualTo("v2");
        assertThat(c.result()).isEqualTo("v3");
    }

    @Test
    void aFetchThatThrowsFailsItsReadsInsteadOfTheCaller() {
        BatchedLookup<Integer, String> lookup = new BatchedLookup<>(keys -> {
            throw new IllegalArgumentException("bad key " + keys);
        }, 8, 1);
        assertThat(lookup.get(7).cause()).hasMessage("bad key [7]");
        assertThat(lookup.waiting()).isZero();
    }

    @Test
    void statementsArePreparedInPowerOfTwoShapes() {
        assertThat(List.of(1, 2, 3, 4, 5, 17, 32).stream().map(BatchedLookup::paddedSize).toList())
                .containsExactly(1, 2, 4, 4, 8, 32, 32);
        assertThat(BatchedLookup.padded(List.of(7, 8, 9))).containsExactly(7, 8, 9, 9);
        assertThatThrownBy(() -> new BatchedLookup<Integer, String>(this::fetch, 0, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
