package org.securechat.store;

import java.util.Optional;

/**
 * What a store holds under the storage key, as the start needs to know it before it trusts a key:
 * each store vendor answers from its own tables. Called once, at start, from the starting thread.
 */
public interface SealedContents {
    /** The check value recorded by the first start, if any start recorded one. */
    Optional<MessageCipher.Sealed> keyCheck();

    /** Records the check value, unless one is recorded already (then that one stays). */
    void recordKeyCheck(MessageCipher.Sealed check);

    boolean holdsMessages();

    /** Whether any of the newest stored messages opens under the cipher. */
    boolean someMessageOpens(MessageCipher cipher);
}
