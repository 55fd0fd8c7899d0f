package org.securechat.tui.protocol;

/**
 * What a login needs; {@code secondFactor} is null unless this one login carries a code. toString never shows
 * the secrets, so they cannot leak into a log or an exception.
 */
public record Credentials(String user, String password, String serverPassword, SecondFactor secondFactor) {
    public Credentials(String user, String password, String serverPassword) {
        this(user, password, serverPassword, null);
    }

    @Override
    public String toString() {
        return "Credentials[user=" + user + ", password=***, serverPassword=***]";
    }

    public Credentials withPassword(String newPassword) {
        return new Credentials(user, newPassword, serverPassword, secondFactor);
    }

    public Credentials withServerPassword(String newServerPassword) {
        return new Credentials(user, password, newServerPassword, secondFactor);
    }

    public Credentials withSecondFactor(SecondFactor factor) {
        return new Credentials(user, password, serverPassword, factor);
    }

    /** For later logins: a code is good for one login only. */
    public Credentials withoutSecondFactor() {
        return withSecondFactor(null);
    }
}
