package org.securechat.admin;

import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.securechat.ChatConfig;
import org.securechat.chat.AccountService;
import org.securechat.chat.Actor;
import org.securechat.chat.Audit;
import org.securechat.chat.AuditAction;
import org.securechat.chat.InputRules;
import org.securechat.chat.port.AccountStore;

/** Creates {@code chat.bootstrap-admin.user} as an admin at start, if set and not there yet (for containers). */
@ApplicationScoped
public class BootstrapAdmin {
    private static final Logger LOG = Logger.getLogger(BootstrapAdmin.class);

    private final ChatConfig config;
    private final AccountStore accounts;
    private final AccountService accountService;
    private final Audit audit;

    public BootstrapAdmin(ChatConfig config, AccountStore accounts, AccountService accountService, Audit audit) {
        this.config = config;
        this.accounts = accounts;
        this.accountService = accountService;
        this.audit = audit;
    }

    public void ensure() {
        var user = config.bootstrapAdmin().user();
        if (user.isEmpty()) {
            return;
        }
        String name = InputRules.username(user.get());
        if (accounts.find(name).join().isPresent()) {
            return;
        }
        String password = config.bootstrapAdmin().password()
                .orElseThrow(() -> new IllegalStateException("chat.bootstrap-admin.user is set but not its password"));
        accountService.create(name, password, true).join();
        LOG.infof("created the bootstrap admin account %s", name);
        audit.record(Actor.STARTUP, AuditAction.REGISTER, name, "admin");
    }
}
