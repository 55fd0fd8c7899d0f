package org.securechat;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import io.vertx.core.net.NetServerOptions;
import java.sql.SQLException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.jboss.logging.Logger;
import org.securechat.admin.BootstrapAdmin;
import org.securechat.chat.AddressBans;
import org.securechat.chat.IdleSessions;
import org.securechat.chat.Moderation;
import org.securechat.chat.port.ServerControl;
import org.securechat.security.ServerPassword;
import org.securechat.security.TlsMaterial;
import org.securechat.security.TlsMaterialSource;
import org.securechat.store.MessageCipher;
import org.securechat.store.sqlite.Database;
import org.securechat.store.sqlite.RetentionSweep;
import org.securechat.transport.AdminApiTls;
import org.securechat.transport.tcp.ChatListener;
import sun.misc.Signal;

/**
 * Start: the store (migrated, its key loaded and checked), the bootstrap admin, then, when this process serves,
 * the listener, the admin API's HTTPS (the same key) and the two startup lines. Stop (SIGTERM or {@code stop}): every session is told,
 * everything queued is committed, then the process exits.
 */
@ApplicationScoped
public class ServerLifecycle {
    private static final Logger LOG = Logger.getLogger(ServerLifecycle.class);

    private final ChatConfig config;
    private final Database database;
    private final Instance<MessageCipher> cipher;
    private final RetentionSweep retention;
    private final BootstrapAdmin bootstrapAdmin;
    private final TlsMaterialSource tls;
    private final ServerPassword serverPassword;
    private final ChatListener listener;
    private final Moderation moderation;
    private final IdleSessions idleSessions;
    private final ServerControl control;
    private final AdminApiTls adminApiTls;
    private final AddressBans addressBans;

    public ServerLifecycle(ChatConfig config, Database database, Instance<MessageCipher> cipher, RetentionSweep retention,
                           BootstrapAdmin bootstrapAdmin, TlsMaterialSource tls, ServerPassword serverPassword,
                           ChatListener listener, Moderation moderation, IdleSessions idleSessions, ServerControl control,
                           AdminApiTls adminApiTls, AddressBans addressBans) {
        this.config = config;
        this.database = database;
        this.cipher = cipher;
        this.retention = retention;
        this.bootstrapAdmin = bootstrapAdmin;
        this.tls = tls;
        this.serverPassword = serverPassword;
        this.listener = listener;
        this.moderation = moderation;
        this.idleSessions = idleSessions;
        this.control = control;
        this.adminApiTls = adminApiTls;
        this.addressBans = addressBans;
    }

    void start(@Observes StartupEvent event) throws Exception {
        if (!config.storeEnabled()) {
            return;
        }
        if (!config.listenerEnabled()) {
            openStore();
            bootstrapAdmin.ensure();
            return;
        }
        // The TLS set-up (the key pair read, OpenSSL loaded) needs nothing from the store: it runs on
        // a thread of its own while the store opens (a quarter second off a restart).
        FutureTask<TlsMaterial> material = new FutureTask<>(tls::load);
        FutureTask<NetServerOptions> options = new FutureTask<>(() -> listener.prepare(material.get()));
        Thread setup = new Thread(() -> {
            material.run();
            options.run();
        }, "tls-setup");
        setup.setDaemon(true);
        setup.start();
        openStore();
        retention.start();
        bootstrapAdmin.ensure();
        // SIGTERM and Ctrl+C stop like the stop op does, and so exit 0 rather than 143 or 130.
        Signal.handle(new Signal("TERM"), signal -> control.stop());
        Signal.handle(new Signal("INT"), signal -> control.stop());
        adminApiTls.register(resultOf(material));
        int port = listener.start(resultOf(options));
        idleSessions.start();
        // These two lines are the server's interface to its operator and to scripts: keep their form.
        System.out.println("Server password: " + serverPassword.current());
        System.out.println("Chat listening on " + config.host() + ":" + port + " (TLS, SHA-256 fingerprint "
                + resultOf(material).fingerprint() + ")");
        System.out.flush();
    }

    /**
     * The database migrated, then the storage key loaded (or made) and checked against it now, so a
     * wrong or missing one fails the start, not a message.
     */
    private void openStore() throws SQLException {
        database.open();
        cipher.get();
        addressBans.load().join();
    }

    /** The task's result, or the exception it failed with as itself. */
    private static <T> T resultOf(FutureTask<T> task) throws Exception {
        try {
            return task.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
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
