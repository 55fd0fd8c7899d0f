package org.securechat.protocol;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** The shared test server with an admin account, as a container would bootstrap it. */
public class AdminProfile implements QuarkusTestProfile {
    static final Credentials ADMIN = new Credentials("root", "root password for tests");

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("chat.bootstrap-admin.user", ADMIN.user(), "chat.bootstrap-admin.password", ADMIN.password());
    }
}
