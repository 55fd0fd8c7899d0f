package org.securechat.store.sqlite;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import org.securechat.chat.AuditEntry;
import org.securechat.chat.AuditEvent;
import org.securechat.chat.AuditQuery;
import org.securechat.chat.ChainCheck;
import org.securechat.chat.port.AuditTrail;
import org.securechat.store.AuditChain;
import org.securechat.store.ChainWalk;

/**
 * The audit trail in SQLite. Appends go through the one writer, batched with the chat's other
 * writes; each reads the chain's head inside its own transaction, so a command on the same data
 * dir appending at the same time (SQLite serialises writers across processes) never forks the chain.
 */
@ApplicationScoped
public class SqliteAuditTrail implements AuditTrail {
    private static final String COLUMNS = "seq, at, actor, action, target, source, detail, key_id, mac";
    private static final String INSERT = "INSERT INTO audit_log (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String HEAD = "SELECT seq, mac FROM audit_log ORDER BY seq DESC LIMIT 1";

    private final Database database;
    private final AuditChain chain;
    // Touched only by the writer thread.
    private final WriterStatement head = new WriterStatement(HEAD);
    private final WriterStatement insert = new WriterStatement(INSERT);
    /** The highest seq this process saw committed: a chain found shorter than it was truncated. */
    private final AtomicLong committedUpTo = new AtomicLong();

    public SqliteAuditTrail(Database database, AuditChain chain) {
        this.database = database;
        this.chain = chain;
    }

    @Override
    public CompletableFuture<Long> append(AuditEvent event) {
        return database.write(c -> insert(c, event)).thenApply(seq -> {
            committedUpTo.accumulateAndGet(seq, Math::max);
            return seq;
        });
    }

    private long insert(Connection c, AuditEvent event) throws SQLException {
        long previousSeq = 0;
        byte[] previousMac = AuditChain.GENESIS;
        try (ResultSet r = head.on(c).executeQuery()) {
            if (r.next()) {
                previousSeq = r.getLong(1);
                previousMac = r.getBytes(2);
            }
        }
        long seq = previousSeq + 1;
        PreparedStatement s = insert.on(c);
        s.setLong(1, seq);
        s.setLong(2, event.at().toEpochMilli());
        s.setString(3, event.actor());
        s.setString(4, event.action());
        s.setString(5, event.target());
        s.setString(6, event.source());
        s.setString(7, event.detail());
        s.setString(8, chain.keyId());
        s.setBytes(9, chain.mac(previousMac, seq, event));
        s.executeUpdate();
        return seq;
    }

    @Override
    public CompletableFuture<List<AuditEntry>> page(AuditQuery query) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM audit_log WHERE seq < ?");
        if (query.user() != null) {
            sql.append(" AND (actor = ? COLLATE NOCASE OR target = ? COLLATE NOCASE)");
        }
        if (query.action() != null) {
            sql.append(" AND action = ?");
        }
        sql.append(" ORDER BY seq DESC LIMIT ?");
        return database.read(c -> {
            try (PreparedStatement s = c.prepareStatement(sql.toString())) {
                int i = 1;
                s.setLong(i++, query.before() == null ? Long.MAX_VALUE : query.before());
                if (query.user() != null) {
                    s.setString(i++, query.user());
                    s.setString(i++, query.user());
                }
                if (query.action() != null) {
                    s.setString(i++, query.action());
                }
                s.setInt(i, query.limit());
                List<AuditEntry> entries = new ArrayList<>(query.limit());
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        entries.add(new AuditEntry(r.getLong(1), event(r), HexFormat.of().formatHex(r.getBytes(9))));
                    }
                }
                return entries;
            }
        });
    }

    @Override
    public CompletableFuture<ChainCheck> verify() {
        // Read before the walk's snapshot starts, so every seq it counts is in that snapshot.
        long appendedUpTo = committedUpTo.get();
        return database.read(c -> {
            // One statement, one snapshot: entries appended meanwhile are simply not in it.
            ChainWalk walk = new ChainWalk(chain);
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM audit_log ORDER BY seq");
                 ResultSet r = s.executeQuery()) {
                while (r.next() && walk.next(r.getLong(1), event(r), r.getString(8), r.getBytes(9))) {
                    // each entry checked as it is read: the chain is never held in memory
                }
            }
            return walk.result(appendedUpTo);
        });
    }

    private static AuditEvent event(ResultSet r) throws SQLException {
        return new AuditEvent(Instant.ofEpochMilli(r.getLong(2)), r.getString(3), r.getString(4), r.getString(5),
                r.getString(6), r.getString(7));
    }
}
