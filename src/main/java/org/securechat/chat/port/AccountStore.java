package org.securechat.chat.port;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.securechat.chat.AccountRecord;

/** Where accounts are kept. Names are looked up without regard to case. Never blocks its caller. */
public interface AccountStore {
    /** The room every new account is a member of. */
    String FIRST_ROOM = "general";

    CompletableFuture<Optional<AccountRecord>> find(String name);

    /** Every account, by name. */
    CompletableFuture<List<AccountRecord>> list();

    /**
     * Creates the account as a member of {@link #FIRST_ROOM}, completing after the commit; fails with
     * a {@link org.securechat.chat.ChatError} of reason USER_EXISTS when the name is taken in any case.
     */
    CompletableFuture<AccountRecord> create(String name, String passwordHash, boolean admin);

    CompletableFuture<Void> setPassword(long accountId, String passwordHash);
}
