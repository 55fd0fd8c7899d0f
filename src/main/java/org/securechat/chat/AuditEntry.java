package org.securechat.chat;

/** An event as the trail holds it: its place in the chain ({@code seq}, from 1) and its MAC, hex. */
public record AuditEntry(long seq, AuditEvent event, String mac) {
}
