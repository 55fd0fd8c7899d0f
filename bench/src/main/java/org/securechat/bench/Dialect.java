package org.securechat.bench;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.net.NetClient;
import java.util.function.Consumer;

/** The protocol the load speaks: securechat's own, or IRC, to put an IRC server under the same load. */
enum Dialect {

    /** PROTOCOL.md: a message reaches every session in its room, its sender's own included. */
    SECURECHAT("bench", true) {
        @Override
        Future<LoadClient> open(Vertx vertx, NetClient netClient, ServerTarget target, Credentials credentials,
                                String room, Consumer<String> stage, Consumer<String> failures) {
            return ChatClient.open(vertx, netClient, target, credentials, room, stage, failures);
        }
    },

    /** RFC 2812: a PRIVMSG reaches every other member of the channel. */
    IRC("#bench", false) {
        @Override
        Future<LoadClient> open(Vertx vertx, NetClient netClient, ServerTarget target, Credentials credentials,
                                String room, Consumer<String> stage, Consumer<String> failures) {
            return IrcClient.open(vertx, netClient, target, credentials, room, stage, failures);
        }
    };

    /** The shared room's name in this protocol. */
    final String room;
    /** Whether the sender's own session receives each of its messages too. */
    final boolean echoesToSender;

    Dialect(String room, boolean echoesToSender) {
        this.room = room;
        this.echoesToSender = echoesToSender;
    }

    /** A session signed in as {@code credentials} that joined {@code room} (none when null). */
    abstract Future<LoadClient> open(Vertx vertx, NetClient netClient, ServerTarget target, Credentials credentials,
                                     String room, Consumer<String> stage, Consumer<String> failures);
}
