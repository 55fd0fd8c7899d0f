package org.securechat.transport;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.securechat.protocol.FrameCodec;

/** The protocol package knows no CDI; this makes its one codec injectable for the transports and fan-out. */
public class CodecProducer {
    @Produces
    @Singleton
    FrameCodec codec() {
        return new FrameCodec();
    }
}
