package org.securechat.tui.protocol;

/** What a login needs. toString never shows the secrets, so they cannot leak into a log or an exception. */
public record Credentials(String user, String password, String serverPassword) {
    @Override
    public String toString() {
        return "Credentials[user=" + user + ", password=***, serverPassword=***]";
    }

    public Credentials withPassword(String newPassword) {
        return new Credentials(user, newPassword, serverPassword);
    }

    public Credentials withServerPassword(String newServerPassword) {
        return new Credentials(user, password, newServerPassword);
    }
}
