package org.securechat.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** One session's way in: register a new account, or log in to one registered earlier. */
record Credentials(String user, String password, boolean register) {

    String op() {
        return register ? "register" : "login";
    }

    ObjectNode frame(String serverPassword) {
        ObjectNode frame = ChatClient.JSON.createObjectNode()
                .put("op", op())
                .put("user", user)
                .put("password", password);
        if (serverPassword != null) {
            frame.put("server_password", serverPassword);
        }
        return frame;
    }

    @Override
    public String toString() {
        return "Credentials[" + user + ", " + op() + "]";
    }
}
