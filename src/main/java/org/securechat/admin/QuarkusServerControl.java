package org.securechat.admin;

import io.quarkus.runtime.Quarkus;
import jakarta.enterprise.context.ApplicationScoped;
import org.securechat.chat.port.ServerControl;

/** Stops the Quarkus application with status 0; shutdown then runs as for SIGTERM. */
@ApplicationScoped
public class QuarkusServerControl implements ServerControl {
    @Override
    public void stop() {
        Quarkus.asyncExit(0);
    }
}
