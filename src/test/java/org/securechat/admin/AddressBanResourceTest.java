package org.securechat.admin;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Address bans over REST: set in normal form, listed, lifted, the refusals, and the audit entries. */
@QuarkusTest
class AddressBanResourceTest {
    @Test
    void anAdminBansListsAndLiftsANetwork() {
        TestAdmin.api().contentType("application/json").body(Map.of("address", "198.51.100.77/24", "reason", "scanner",
                        "duration_s", 3600))
                .when().post("/api/admin/address-bans").then().statusCode(200)
                .body("address", equalTo("198.51.100.0/24")).body("by", equalTo(TestAdmin.USER))
                .body("reason", equalTo("scanner")).body("until", startsWith("20"));
        List<Map<String, Object>> listed = TestAdmin.api().when().get("/api/admin/address-bans").then().statusCode(200)
                .extract().jsonPath().getList("findAll { it.address == '198.51.100.0/24' }");
        assertEquals(1, listed.size(), listed::toString);

        TestAdmin.api().queryParam("address", "198.51.100.0/24").when().delete("/api/admin/address-bans")
                .then().statusCode(204);
        TestAdmin.api().queryParam("address", "198.51.100.0/24").when().delete("/api/admin/address-bans")
                .then().statusCode(404).body("error", equalTo("198.51.100.0/24 is not banned"));

        List<Map<String, Object>> trail = TestAdmin.api().queryParam("action", "address_ban").when()
                .get("/api/admin/audit").then().statusCode(200).extract().jsonPath().getList("$");
        assertEquals("198.51.100.0/24", trail.get(0).get("target"), trail::toString);
        assertEquals(TestAdmin.USER, trail.get(0).get("actor"));
        List<Map<String, Object>> lifted = TestAdmin.api().queryParam("action", "address_unban").when()
                .get("/api/admin/audit").then().statusCode(200).extract().jsonPath().getList("$");
        assertEquals("198.51.100.0/24", lifted.get(0).get("target"), lifted::toString);
    }

    @Test
    void malformedInputAndTheAdminsOwnAddressAreRefusedSayingWhy() {
        TestAdmin.api().contentType("application/json").body(Map.of("address", "10.0.0.0/40"))
                .when().post("/api/admin/address-bans").then().statusCode(400)
                .body("error", equalTo("the prefix of '10.0.0.0/40' must be 0 to 32"));
        TestAdmin.api().contentType("application/json").body(Map.of("address", "somehost.example"))
                .when().post("/api/admin/address-bans").then().statusCode(400);
        TestAdmin.api().contentType("application/json").body(Map.of("address", "127.0.0.0/8"))
                .when().post("/api/admin/address-bans").then().statusCode(403)
                .body("error", equalTo("127.0.0.0/8 holds your own address 127.0.0.1"));
        TestAdmin.api().when().delete("/api/admin/address-bans").then().statusCode(400);
    }
}
