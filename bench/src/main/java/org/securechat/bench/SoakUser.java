package org.securechat.bench;

import org.HdrHistogram.Histogram;

/**
 * One legitimate session of the soak: its account, the messages it received (every message event,
 * whichever room or conversation), and how long each took from its send.
 */
final class SoakUser implements ChatClient.MessageTap {

    private final ChatClient client;
    private final int account;
    private final MessageTally received = new MessageTally();
    private final Histogram deliveryLatencyMicros;

    SoakUser(ChatClient client, int account, Histogram deliveryLatencyMicros) {
        this.client = client;
        this.account = account;
        this.deliveryLatencyMicros = deliveryLatencyMicros;
        client.tap(this);
    }

    ChatClient client() {
        return client;
    }

    int account() {
        return account;
    }

    MessageTally received() {
        return received;
    }

    @Override
    public void onMessage(byte[] bytes, int from, int to) {
        received.add(FrameScan.msgId(bytes, from, to));
        long sent = FrameScan.sentNanos(bytes, from, to);
        if (sent >= 0) {
            deliveryLatencyMicros.recordValue(Math.max(0, (BenchClock.nanos() - sent) / 1_000));
        }
    }
}
