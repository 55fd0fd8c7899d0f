package org.securechat.bench;

/**
 * Which room each client joins: one room all share, so each message reaches every client, or
 * (the store-rate mode) a room of its own, so each message reaches its sender only and the
 * acknowledged rate is the rate of messages stored and committed.
 *
 * @param echoesToSender whether a message reaches its sender's session too (securechat yes, IRC no)
 */
record Rooms(String name, boolean perClient, boolean echoesToSender) {

    /** The room of the {@code client}-th client. */
    String of(int client) {
        return perClient ? name + "-" + client : name;
    }

    /** Deliveries the {@code client}-th client gets when the first {@code senders} clients send {@code messages} each. */
    long deliveriesTo(int client, int senders, int messages) {
        boolean sends = client < senders;
        if (!perClient) {
            return (long) (sends && !echoesToSender ? senders - 1 : senders) * messages;
        }
        return sends && echoesToSender ? messages : 0;
    }
}
