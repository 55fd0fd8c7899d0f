package org.securechat.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * The storage key, accepted only if the store's messages open under it. The first start records a
 * {@link KeyCheck} in the store; a key that does not open it stops every later start. A store from
 * before the check value takes the key that opens its newest messages (or any key, if it holds
 * none). A missing key file is made anew only for a store that holds nothing sealed: a new key
 * would leave every stored message unreadable and seal new ones apart from them.
 */
@ApplicationScoped
public class StorageKeyCheck {
    private final StorageKeySource source;
    private final SealedContents store;

    public StorageKeyCheck(StorageKeySource source, SealedContents store) {
        this.source = source;
        this.store = store;
    }

    /** The cipher under the checked key; the first injection, once the store is open, checks it. */
    @Produces
    @Singleton
    MessageCipher cipher() {
        Optional<MessageCipher.Sealed> check = store.keyCheck();
        MessageCipher cipher = new MessageCipher(source.existing().orElseGet(() -> created(check.isPresent())));
        if (check.isEmpty()) {
            if (store.holdsMessages() && !store.someMessageOpens(cipher)) {
                throw wrongKey();
            }
            store.recordKeyCheck(KeyCheck.of(cipher));
        }
        if (!KeyCheck.opens(cipher, store.keyCheck().orElseThrow())) {
            throw wrongKey();
        }
        return cipher;
    }

    /** The audit chain's key, derived from the storage key once it is checked. */
    @Produces
    @Singleton
    AuditChain auditChain(MessageCipher cipher) {
        return AuditChain.derivedFrom(cipher.current());
    }

    private StorageKey created(boolean checkRecorded) {
        if (checkRecorded || store.holdsMessages()) {
            throw new IllegalStateException("the storage key file " + source.origin() + " is missing, and the"
                    + " database holds messages sealed under the key it held: restore the file from your backup"
                    + " (or give that key as chat.storage.key). A new key would leave every stored message"
                    + " unreadable, so none is made.");
        }
        return source.create();
    }

    private IllegalStateException wrongKey() {
        return new IllegalStateException("the storage key from " + source.origin() + " does not open this database:"
                + " it is not the key its messages were sealed with. Start with that key (from your backup); under"
                + " another, every stored message would show as unreadable.");
    }
}
