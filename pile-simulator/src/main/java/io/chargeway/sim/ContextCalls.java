package io.chargeway.sim;

import java.util.function.Supplier;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;

/**
 * Runs an action on a pile's event loop: inline when already there, otherwise queued with
 * {@link Context#runOnContext}. An action that throws yields a failed Future instead.
 */
final class ContextCalls {

    private ContextCalls() {
    }

    static Future<Void> run(Context context, Runnable action) {
        return get(context, () -> {
            action.run();
            return null;
        });
    }

    static <T> Future<T> get(Context context, Supplier<T> action) {
        return compose(context, () -> Future.succeededFuture(action.get()));
    }

    static <T> Future<T> compose(Context context, Supplier<Future<T>> action) {
        if (Vertx.currentContext() == context) {
            return call(action);
        }
        return Future.future(promise -> context.runOnContext(v -> call(action).onComplete(promise)));
    }

    private static <T> Future<T> call(Supplier<Future<T>> action) {
        try {
            return action.get();
        } catch (RuntimeException e) {
            return Future.failedFuture(e);
        }
    }
}
