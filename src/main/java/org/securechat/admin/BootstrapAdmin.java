package org.securechat.admin;

import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.securechat.ChatConfig;
import org.securechat.chat.InputRules;
import org.securechat.security.PasswordHasher;
import org.securechat.store.AccountStore;

/** Creates {@code chat.bootstrap-admin.user} as an admin at start, if set and not there yet (for containers). */
@ApplicationScoped
public class BootstrapAdmin {
    private static final Logger LOG = Logger.getLogger(BootstrapAdmin.class);

    private final ChatConfig config;
    private final AccountStore accounts;
    private final PasswordHasher hasher;

    public BootstrapAdmin(ChatConfig config, AccountStore accounts, PasswordHasher hasher) {
        this.config = config;
        this.accounts = accounts;
        this.hasher = hasher;
    }

    public void ensure() throws Exception {
        var user = config.bootstrapAdmin().user();
        if (user.isEmpty()) {
            return;
        }
        String name = InputRules.username(user.get());
        if (accounts.find(name).isPresent()) {
            return;
        }
        String password = config.bootstrapAdmin().password()
                .orElseThrow(() -> new IllegalStateException("chat.bootstrap-admin.user is set but not its password"));
        accounts.create(name, hasher.hash(InputRules.password(password)), true).get();
        LOG.infof("created the bootstrap admin account %s", name);
    }
}
