package org.securechat.chat;

/**
 * What verifying the audit chain found: {@code entries} checked and found intact (up to the break,
 * if any), and either the chain's head ({@code headSeq}, {@code headMac}: keep them elsewhere to
 * detect a later truncation) or the first broken seq and what is wrong with it.
 */
public record ChainCheck(boolean ok, long entries, Long headSeq, String headMac, Long brokenAt, String problem) {
    public static ChainCheck intact(long entries, Long headSeq, String headMac) {
        return new ChainCheck(true, entries, headSeq, headMac, null, null);
    }

    public static ChainCheck broken(long entries, long brokenAt, String problem) {
        return new ChainCheck(false, entries, null, null, brokenAt, problem);
    }
}
