package org.securechat.chat;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.securechat.chat.Op.Access;
import org.securechat.chat.ops.DmHandler;
import org.securechat.chat.ops.HistoryHandler;
import org.securechat.chat.ops.JoinHandler;
import org.securechat.chat.ops.KickHandler;
import org.securechat.chat.ops.LeaveHandler;
import org.securechat.chat.ops.LoginHandler;
import org.securechat.chat.ops.PasswdHandler;
import org.securechat.chat.ops.PingHandler;
import org.securechat.chat.ops.QuitHandler;
import org.securechat.chat.ops.RegenHandler;
import org.securechat.chat.ops.RegisterHandler;
import org.securechat.chat.ops.RoomsHandler;
import org.securechat.chat.ops.SendHandler;
import org.securechat.chat.ops.StopHandler;
import org.securechat.chat.ops.UsersHandler;

/** Every op of PROTOCOL.md: its name, its fields, who may send it, and the handler that carries it out. */
@ApplicationScoped
public class OpTable {
    private final Map<String, Op<?>> ops;

    public OpTable(RegisterHandler register, LoginHandler login, SendHandler send, DmHandler dm, JoinHandler join,
                   LeaveHandler leave, RoomsHandler rooms, UsersHandler users, HistoryHandler history,
                   PasswdHandler passwd, PingHandler ping, QuitHandler quit, KickHandler kick, RegenHandler regen,
                   StopHandler stop) {
        this.ops = List.<Op<?>>of(
                new Op<>("register", Requests.Register.class, Access.GUEST, register),
                new Op<>("login", Requests.Login.class, Access.GUEST, login),
                new Op<>("send", Requests.Send.class, Access.MEMBER, send),
                new Op<>("dm", Requests.Dm.class, Access.MEMBER, dm),
                new Op<>("join", Requests.Join.class, Access.MEMBER, join),
                new Op<>("leave", Requests.Leave.class, Access.MEMBER, leave),
                new Op<>("rooms", Requests.Rooms.class, Access.MEMBER, rooms),
                new Op<>("users", Requests.Users.class, Access.MEMBER, users),
                new Op<>("history", Requests.History.class, Access.MEMBER, history),
                new Op<>("passwd", Requests.Passwd.class, Access.MEMBER, passwd),
                new Op<>("ping", Requests.Ping.class, Access.ANYONE, ping),
                new Op<>("quit", Requests.Quit.class, Access.ANYONE, quit),
                new Op<>("kick", Requests.Kick.class, Access.ADMIN, kick),
                new Op<>("regen", Requests.Regen.class, Access.ADMIN, regen),
                new Op<>("stop", Requests.Stop.class, Access.ADMIN, stop)
        ).stream().collect(Collectors.toUnmodifiableMap(Op::name, Function.identity()));
    }

    /** The op with that wire name, or null. */
    public Op<?> op(String name) {
        return ops.get(name);
    }
}
