package org.securechat.bench;

/**
 * Where the load goes: a chat endpoint, how to trust it, its access password, and (when known)
 * the server's pid so CPU and memory can be read from /proc.
 *
 * @param fingerprint SHA-256 of the server certificate, or null to trust any (--trust-all)
 * @param pid the server process id, or -1 when the server runs elsewhere or was not named
 * @param startupSeconds process start to the "Chat listening" line, or NaN when not started here
 */
record ServerTarget(String host, int port, String fingerprint, String serverPassword, long pid,
                    double startupSeconds) {

    boolean hasPid() {
        return pid > 0;
    }

    @Override
    public String toString() {
        // never print the access password
        return "ServerTarget[" + host + ":" + port + ", pid " + pid + "]";
    }
}
