package org.securechat.admin.cli;

/**
 * One ban as the admin API lists it: of a user, or of an address or network ({@code banned} is
 * either); {@code reason} and {@code until} null when it has none.
 */
public record BanRow(String banned, String by, String reason, String until) {
}
