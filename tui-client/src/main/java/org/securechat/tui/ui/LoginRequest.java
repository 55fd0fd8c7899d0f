package org.securechat.tui.ui;

import org.securechat.tui.net.Endpoint;
import org.securechat.tui.protocol.Credentials;

/** What the login form (or the command line) asks for: where, who, and whether to create the account. */
public record LoginRequest(Endpoint endpoint, Credentials credentials, boolean register) {
}
