package org.securechat.chat;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.securechat.chat.Op.Access;
import org.securechat.chat.ops.AwayHandler;
import org.securechat.chat.ops.BanHandler;
import org.securechat.chat.ops.BansHandler;
import org.securechat.chat.ops.ConversationsHandler;
import org.securechat.chat.ops.DmHandler;
import org.securechat.chat.ops.HistoryHandler;
import org.securechat.chat.ops.InviteHandler;
import org.securechat.chat.ops.JoinHandler;
import org.securechat.chat.ops.KickHandler;
import org.securechat.chat.ops.LeaveHandler;
import org.securechat.chat.ops.LoginHandler;
import org.securechat.chat.ops.LogoutHandler;
import org.securechat.chat.ops.MarkReadHandler;
import org.securechat.chat.ops.PasswdHandler;
import org.securechat.chat.ops.PingHandler;
import org.securechat.chat.ops.QuitHandler;
import org.securechat.chat.ops.RegenHandler;
import org.securechat.chat.ops.RegisterHandler;
import org.securechat.chat.ops.ResumeHandler;
import org.securechat.chat.ops.RoomsHandler;
import org.securechat.chat.ops.SendHandler;
import org.securechat.chat.ops.StopHandler;
import org.securechat.chat.ops.TotpDisableHandler;
import org.securechat.chat.ops.TotpEnableHandler;
import org.securechat.chat.ops.TotpSetupHandler;
import org.securechat.chat.ops.UnbanHandler;
import org.securechat.chat.ops.UsersHandler;

/** Every op of PROTOCOL.md: its name, its fields, who may send it, what it spends, the handler that carries it out. */
@ApplicationScoped
public class OpTable {
    private final Map<String, Op<?>> ops;

    public OpTable(RegisterHandler register, LoginHandler login, SendHandler send, DmHandler dm, JoinHandler join,
                   LeaveHandler leave, RoomsHandler rooms, UsersHandler users, HistoryHandler history,
                   PasswdHandler passwd, PingHandler ping, QuitHandler quit, KickHandler kick, RegenHandler regen,
                   StopHandler stop, TotpSetupHandler totpSetup, TotpEnableHandler totpEnable,
                   TotpDisableHandler totpDisable, ConversationsHandler conversations, MarkReadHandler markRead,
                   AwayHandler away, ResumeHandler resume, LogoutHandler logout, BanHandler ban,
                   UnbanHandler unban, BansHandler bans, InviteHandler invite) {
        this.ops = List.<Op<?>>of(
                new Op<>("register", Requests.Register.class, Access.GUEST, Budget.LOGINS, register),
                new Op<>("login", Requests.Login.class, Access.GUEST, Budget.LOGINS, login),
                new Op<>("resume", Requests.Resume.class, Access.GUEST, Budget.LOGINS, resume),
                new Op<>("logout", Requests.Logout.class, Access.MEMBER, Budget.CONTROL, logout),
                new Op<>("send", Requests.Send.class, Access.MEMBER, Budget.MESSAGES, send),
                new Op<>("dm", Requests.Dm.class, Access.MEMBER, Budget.MESSAGES, dm),
                new Op<>("join", Requests.Join.class, Access.MEMBER, Budget.JOINS, join),
                new Op<>("leave", Requests.Leave.class, Access.MEMBER, Budget.JOINS, leave),
                new Op<>("rooms", Requests.Rooms.class, Access.MEMBER, Budget.QUERIES, rooms),
                new Op<>("users", Requests.Users.class, Access.MEMBER, Budget.QUERIES, users),
                new Op<>("history", Requests.History.class, Access.MEMBER, Budget.QUERIES, history),
                new Op<>("passwd", Requests.Passwd.class, Access.MEMBER, Budget.LOGINS, passwd),
                new Op<>("ping", Requests.Ping.class, Access.ANYONE, Budget.CONTROL, ping),
                new Op<>("quit", Requests.Quit.class, Access.ANYONE, Budget.CONTROL, quit),
                new Op<>("kick", Requests.Kick.class, Access.ADMIN, Budget.ADMIN, kick),
                new Op<>("regen", Requests.Regen.class, Access.ADMIN, Budget.ADMIN, regen),
                new Op<>("stop", Requests.Stop.class, Access.ADMIN, Budget.ADMIN, stop),
                new Op<>("ban", Requests.Ban.class, Access.ADMIN, Budget.ADMIN, ban),
                new Op<>("unban", Requests.Unban.class, Access.ADMIN, Budget.ADMIN, unban),
                new Op<>("bans", Requests.Bans.class, Access.ADMIN, Budget.ADMIN, bans),
                new Op<>("invite", Requests.Invite.class, Access.ADMIN, Budget.ADMIN, invite),
                new Op<>("totp_setup", Requests.TotpSetup.class, Access.MEMBER, Budget.LOGINS, totpSetup),
                new Op<>("totp_enable", Requests.TotpEnable.class, Access.MEMBER, Budget.LOGINS, totpEnable),
                new Op<>("totp_disable", Requests.TotpDisable.class, Access.MEMBER, Budget.LOGINS, totpDisable),
                new Op<>("conversations", Requests.Conversations.class, Access.MEMBER, Budget.QUERIES, conversations),
                new Op<>("mark_read", Requests.MarkRead.class, Access.MEMBER, Budget.QUERIES, markRead),
                new Op<>("away", Requests.Away.class, Access.MEMBER, Budget.AWAY, away)
        ).stream().collect(Collectors.toUnmodifiableMap(Op::name, Function.identity()));
    }

    /** The op with that wire name, or null. */
    public Op<?> op(String name) {
        return ops.get(name);
    }
}
