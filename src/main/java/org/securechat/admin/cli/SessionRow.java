package org.securechat.admin.cli;

import java.util.List;

/** One online session as the admin API lists it. */
public record SessionRow(String user, String remoteAddress, String since, List<String> rooms) {
}
