package org.securechat.cluster.local;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicReference;
import org.securechat.chat.port.SharedPassword;

/** The server password when this process is the whole deployment: held in memory, gone at exit. */
@ApplicationScoped
public class LocalSharedPassword implements SharedPassword {
    private final AtomicReference<String> current = new AtomicReference<>();

    @Override
    public String current() {
        return current.get();
    }

    @Override
    public void replace(String password) {
        current.set(password);
    }

    @Override
    public String initialize(String candidate) {
        current.compareAndSet(null, candidate);
        return current.get();
    }
}
