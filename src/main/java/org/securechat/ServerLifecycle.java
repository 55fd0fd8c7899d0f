package org.securechat;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import org.securechat.chat.ServerControl;
import sun.misc.Signal;
import org.securechat.admin.BootstrapAdmin;
import org.securechat.chat.Moderation;
import org.securechat.security.ServerPassword;
import org.securechat.security.TlsMaterial;
import org.securechat.security.TlsMaterialSource;
import org.securechat.store.Database;
import org.securechat.store.MessageCipher;
import org.securechat.transport.ChatListener;

/**
 * Start: the store (migrated, its key loaded), the bootstrap admin, then, when this process serves,
 * the listener and the two startup lines. Stop (SIGTERM or {@code stop}): every session is told,
 * everything queued is committed, then the process exits.
 */
@ApplicationScoped
public class ServerLifecycle {
    private static final Logger LOG = Logger.getLogger(ServerLifecycle.class);

    private final ChatConfig config;
    private final Database database;
    private final MessageCipher cipher;
    private final BootstrapAdmin bootstrapAdmin;
    private final TlsMaterialSource tls;
    private final ServerPassword serverPassword;
    private final ChatListener listener;
    private final Moderation moderation;
    private final ServerControl control;

    public ServerLifecycle(ChatConfig config, Database database, MessageCipher cipher, BootstrapAdmin bootstrapAdmin,
                           TlsMaterialSource tls, ServerPassword serverPassword, ChatListener listener,
                           Moderation moderation, ServerControl control) {
        this.config = config;
        this.database = database;
        this.cipher = cipher; // injected so a bad storage key fails the start, not the first message
        this.bootstrapAdmin = bootstrapAdmin;
        this.tls = tls;
        this.serverPassword = serverPassword;
        this.listener = listener;
        this.moderation = moderation;
        this.control = control;
    }

    void start(@Observes StartupEvent event) throws Exception {
        database.open();
        bootstrapAdmin.ensure();
        if (!config.listenerEnabled()) {
            return;
        }
        // SIGTERM and Ctrl+C stop like the stop op does, and so exit 0 rather than 143 or 130.
        Signal.handle(new Signal("TERM"), signal -> control.stop());
        Signal.handle(new Signal("INT"), signal -> control.stop());
        TlsMaterial material = tls.load();
        int port = listener.start(material);
        // These two lines are the server's interface to its operator and to scripts: keep their form.
        System.out.println("Server password: " + serverPassword.current());
        System.out.println("Chat listening on " + config.host() + ":" + port + " (TLS, SHA-256 fingerprint "
                + material.fingerprint() + ")");
        System.out.flush();
    }

    void stop(@Observes ShutdownEvent event) {
        try {
            if (config.listenerEnabled()) {
                moderation.announceShutdown();
                listener.stop();
            }
            database.close();
        } catch (Exception e) {
            LOG.error("shutdown did not finish cleanly", e);
        }
    }
}
