package org.securechat.chat;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The core knows its ports, never what is behind them: no store, cluster or transport adapter, no
 * wire codec, no Vert.x, Netty, JDBC or HTTP type. The adapters know the core, not each other.
 */
class CoreIsolationTest {
    private static final JavaClasses SERVER = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.securechat");

    private static final String[] OUTSIDE_THINGS = {
        "org.securechat.store..", "org.securechat.cluster..", "org.securechat.transport..",
        "org.securechat.protocol..", "org.securechat.admin..",
        "io.vertx..", "io.netty..", "java.sql..", "javax.sql..", "io.agroal..", "org.flywaydb..",
        "com.fasterxml.jackson..", "jakarta.ws.rs..", "io.quarkus.vertx.."
    };

    @Test
    void theCoreImportsNoAdapterAndNoWireHttpOrJdbcType() {
        noClasses().that().resideInAnyPackage("org.securechat.chat..", "org.securechat.security..")
                .should().dependOnClassesThat().resideInAnyPackage(OUTSIDE_THINGS)
                .check(SERVER);
    }

    @Test
    void theStoreAdaptersKnowNoOtherAdapter() {
        noClasses().that().resideInAPackage("org.securechat.store..")
                .should().dependOnClassesThat().resideInAnyPackage("org.securechat.cluster..",
                        "org.securechat.transport..", "org.securechat.protocol..", "org.securechat.admin..")
                .check(SERVER);
    }

    @Test
    void theClusterAndTransportAdaptersKnowNoStore() {
        noClasses().that().resideInAnyPackage("org.securechat.cluster..", "org.securechat.transport..")
                .should().dependOnClassesThat().resideInAnyPackage("org.securechat.store..", "java.sql..",
                        "org.securechat.admin..")
                .check(SERVER);
    }
}
