package org.securechat.chat.port;

import java.util.List;
import java.util.Optional;
import org.securechat.chat.OnlineAccount;
import org.securechat.chat.Session;

/** Who is online: an account is while any of its sessions is open, on this node or another. */
public interface Presence {
    /** Counts an authenticated session in; true if it is its account's first. */
    boolean arrived(Session session);

    /** Counts a closed session out; true if it was its account's last. */
    boolean departed(Session session);

    /** Sets (or with null clears) the away message an online account shows while it stays online. */
    void away(String user, String text);

    /** Every online account, once, in no particular order. */
    List<OnlineAccount> online();

    Optional<OnlineAccount> online(String user);
}
