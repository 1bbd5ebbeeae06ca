package io.chargeway.sim;

/**
 * The misbehaviour switches of one pile, set through {@link Misbehaviour}. Written on the pile's
 * event loop, read there too; volatile so that tests may read them from anywhere.
 */
final class PileFaults {

    private volatile boolean silent;
    private volatile boolean silentUntilReconnect;
    private volatile boolean crcHighFirst;
    private volatile boolean ignoreCommands;
    private volatile long answerDelayMillis;
    private volatile boolean refuseBillingModels;

    boolean silent() {
        return silent || silentUntilReconnect;
    }

    void silentUntilReconnect(boolean on) {
        silentUntilReconnect = on;
    }

    void silent(boolean on) {
        silent = on;
    }

    boolean crcHighFirst() {
        return crcHighFirst;
    }

    void crcHighFirst(boolean on) {
        crcHighFirst = on;
    }

    boolean ignoreCommands() {
        return ignoreCommands;
    }

    void ignoreCommands(boolean on) {
        ignoreCommands = on;
    }

    long answerDelayMillis() {
        return answerDelayMillis;
    }

    void answerDelayMillis(long millis) {
        answerDelayMillis = millis;
    }

    boolean refuseBillingModels() {
        return refuseBillingModels;
    }

    void refuseBillingModels(boolean on) {
        refuseBillingModels = on;
    }

    void reset() {
        silent = false;
        silentUntilReconnect = false;
        crcHighFirst = false;
        ignoreCommands = false;
        answerDelayMillis = 0;
        refuseBillingModels = false;
    }
}
