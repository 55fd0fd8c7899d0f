package org.securechat.bench;

/**
 * Which room each client joins: one room all share, so each message reaches every client, or
 * (the store-rate mode) a room of its own, so each message reaches its sender only and the
 * acknowledged rate is the rate of messages stored and committed.
 */
record Rooms(String name, boolean perClient) {

    /** The room of the {@code client}-th client. */
    String of(int client) {
        return perClient ? name + "-" + client : name;
    }

    /** Deliveries the {@code client}-th client gets when the first {@code senders} clients send {@code messages} each. */
    long deliveriesTo(int client, int senders, int messages) {
        if (!perClient) {
            return (long) senders * messages;
        }
        return client < senders ? messages : 0;
    }
}
