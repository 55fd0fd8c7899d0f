package org.securechat.tui.trust;

/** Asks the person whether to trust a server seen for the first time. */
@FunctionalInterface
public interface FirstUsePrompt {
    boolean accept(String host, int port, Fingerprint fingerprint);

    FirstUsePrompt REFUSE = (host, port, fingerprint) -> false;
}
