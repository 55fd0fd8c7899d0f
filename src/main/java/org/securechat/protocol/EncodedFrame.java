package org.securechat.protocol;

/**
 * One server frame already serialised as a UTF-8 line ending in {@code \n}. Encoded once and
 * written as the same bytes to every recipient.
 */
public record EncodedFrame(byte[] line) { }
