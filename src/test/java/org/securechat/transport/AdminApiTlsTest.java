package org.securechat.transport;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Plain HTTP for the admin API is an opt-in for loopback only: elsewhere the start is refused. */
class AdminApiTlsTest {

    private static void check(String insecureRequests, String host) throws Exception {
        new AdminApiTls(null, insecureRequests, host).refusePlainHttpBeyondLoopback();
    }

    @Test
    void plainHttpOnAllInterfacesRefusesTheStartSayingWhatToChange() {
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> check("enabled", "0.0.0.0"));
        assertEquals("quarkus.http.insecure-requests=enabled serves the admin API in plain HTTP, which is allowed on"
                + " loopback only, but quarkus.http.host is 0.0.0.0: set quarkus.http.insecure-requests=disabled or"
                + " quarkus.http.host=127.0.0.1", refused.getMessage());
    }

    @Test
    void aRedirectIsPlainHttpToo() {
        assertThrows(IllegalStateException.class, () -> check("redirect", "192.0.2.10"));
    }

    @Test
    void plainHttpOnLoopbackAndHttpsAnywhereStart() {
        assertDoesNotThrow(() -> check("enabled", "127.0.0.1"));
        assertDoesNotThrow(() -> check("enabled", "::1"));
        assertDoesNotThrow(() -> check("enabled", "localhost"));
        assertDoesNotThrow(() -> check("disabled", "0.0.0.0"));
    }
}
