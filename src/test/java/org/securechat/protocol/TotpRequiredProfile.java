package org.securechat.protocol;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** A server that requires admins to use TOTP (the test server's bootstrap admin, root, has none at first). */
public class TotpRequiredProfile implements QuarkusTestProfile {
    static final Credentials ROOT = new Credentials("root", "root-password-for-tests");

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("chat.totp.required-for-admins", "true");
    }
}
