package org.securechat.transport;

import java.util.List;
import java.util.Set;

/** The TLS versions and suites every listener of the server accepts: the chat's and the admin API's. */
public final class TlsPolicy {
    public static final Set<String> PROTOCOLS = Set.of("TLSv1.3", "TLSv1.2");
    /** TLS 1.3's own, and TLS 1.2's with forward secrecy and an AEAD: no CBC, no SHA-1 MACs, no RSA key exchange. */
    public static final List<String> CIPHER_SUITES = List.of(
            "TLS_AES_128_GCM_SHA256", "TLS_AES_256_GCM_SHA384", "TLS_CHACHA20_POLY1305_SHA256",
            "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256", "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
            "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256", "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
            "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384", "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256");

    private TlsPolicy() {
    }
}
