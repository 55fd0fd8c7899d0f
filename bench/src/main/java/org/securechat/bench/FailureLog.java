package org.securechat.bench;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/** Keeps the first thing that went wrong on any connection, so the run can stop with it. */
final class FailureLog implements Consumer<String> {

    private final AtomicReference<String> first = new AtomicReference<>();

    @Override
    public void accept(String failure) {
        first.compareAndSet(null, failure);
    }

    /** The first failure, or null when there was none. */
    String first() {
        return first.get();
    }

    void throwIfAny() {
        String failure = first.get();
        if (failure != null) {
            throw new IllegalStateException(failure);
        }
    }
}
