package org.securechat.protocol;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A decoded line: its op, the id to echo (a string or an integer, or null), and the whole object,
 * which the op's handler binds to its record.
 */
public record InboundFrame(String op, Object id, JsonNode body) { }
