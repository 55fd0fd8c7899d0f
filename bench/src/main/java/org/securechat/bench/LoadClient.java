package org.securechat.bench;

import io.vertx.core.Context;
import io.vertx.core.Future;

/** One session of the load, whichever protocol it speaks: what a load phase and a sender need of it. */
interface LoadClient {

    /** The connection's event loop: every write and every callback runs there. */
    Context context();

    DeliveryCounter deliveries();

    /** The text of a message into {@code room} goes between the two; the written frame also asks for an acknowledgement. */
    SendFrame sendFrame(String room);

    void write(String frame);

    /** Acknowledgements go to {@code role} from now on (null: none expected). */
    void becomeSender(Sender role);

    Future<Void> close();

    /** The session's TLS protocol and cipher suite, e.g. "TLSv1.3 TLS_AES_256_GCM_SHA384". */
    String tls();

    record SendFrame(String prefix, String suffix) {
    }
}
