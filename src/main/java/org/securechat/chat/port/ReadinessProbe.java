package org.securechat.chat.port;

/** One thing the server needs to serve: readiness is up when every probe is. May block briefly. */
public interface ReadinessProbe {
    /** The name of the figure in the health report, e.g. {@code listener_bound}. */
    String name();

    boolean ready();
}
