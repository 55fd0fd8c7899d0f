package org.securechat.launcher;

/** The REST API's (HTTPS) port and the management port (0 when that interface is off), from Quarkus's start line. */
public record HttpPorts(int api, int management) {
}
