package org.securechat.bench;

import java.util.List;

/** A load (the generator's options for it) and the target rows read from its runs. */
record Scenario(String name, List<String> options, List<Target> rows) {
}
