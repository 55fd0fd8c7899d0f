package org.securechat.admin.cli;

/** One account ban as the admin API lists it; {@code reason} and {@code until} null when it has none. */
public record BanRow(String user, String by, String reason, String until) {
}
