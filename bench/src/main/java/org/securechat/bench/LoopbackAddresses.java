package org.securechat.bench;

/**
 * Source addresses for the generator's connections: on Linux every address of 127.0.0.0/8 reaches
 * a server on 127.0.0.1, so a load can come from many "hosts" and meet the server's per-address
 * caps as real users would. Each user of addresses takes its own {@code block} (the second octet),
 * so two loads of one run never share an address; a block holds 65,024 addresses.
 */
record LoopbackAddresses(int block) {

    /** The blocks of this bench's loads: the active clients, the idle sessions, the soak's users and its attacker. */
    static final LoopbackAddresses ACTIVE = new LoopbackAddresses(10);
    static final LoopbackAddresses IDLE = new LoopbackAddresses(20);
    static final LoopbackAddresses SOAK = new LoopbackAddresses(30);
    static final LoopbackAddresses ATTACKER = new LoopbackAddresses(40);

    private static final int PER_THIRD_OCTET = 254;

    LoopbackAddresses {
        if (block < 1 || block > 254) {
            throw new IllegalArgumentException("block " + block + " is not a second octet from 1 to 254");
        }
    }

    /** The {@code index}-th address of the block: 127.block.0.1, 127.block.0.2, ... (no .0 or .255). */
    String get(int index) {
        if (index < 0 || index >= 256 * PER_THIRD_OCTET) {
            throw new IllegalArgumentException("address " + index + " is outside block " + block);
        }
        return "127." + block + "." + index / PER_THIRD_OCTET + "." + (index % PER_THIRD_OCTET + 1);
    }
}
