package org.securechat.admin;

import static org.securechat.admin.PinnedHttps.given;

import io.restassured.specification.RequestSpecification;

/** The test server's bootstrap admin (the %test profile of application.properties), as REST tests call the API. */
final class TestAdmin {
    static final String USER = "root";
    static final String PASSWORD = "root-password-for-tests";

    private TestAdmin() {
    }

    static RequestSpecification api() {
        return given().auth().preemptive().basic(USER, PASSWORD);
    }
}
