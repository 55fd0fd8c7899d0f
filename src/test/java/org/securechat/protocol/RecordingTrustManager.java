package org.securechat.protocol;

import java.security.cert.X509Certificate;
import javax.net.ssl.X509TrustManager;

/**
 * Accepts whatever certificate the server presents and keeps it, so a test can pin it against the
 * server's certificate file (TlsTransportTest does). Trusting blindly is for tests only.
 */
public final class RecordingTrustManager implements X509TrustManager {
    private volatile X509Certificate leaf;

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) {
        leaf = chain[0];
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) {
        throw new UnsupportedOperationException("a test client never verifies clients");
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return new X509Certificate[0];
    }

    public X509Certificate leaf() {
        return leaf;
    }
}
