package org.securechat.tui.trust;

import java.security.cert.CertificateException;

/** The server's certificate is not the pinned one, or was not accepted; the message is meant for the user. */
public final class UntrustedServerException extends CertificateException {
    public UntrustedServerException(String message) {
        super(message);
    }

    /** Finds this exception in the cause chain the TLS stack wraps it in. */
    public static UntrustedServerException findIn(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof UntrustedServerException untrusted) {
                return untrusted;
            }
        }
        return null;
    }
}
