package org.securechat.admin;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.securechat.store.Database;
import org.securechat.transport.ChatListener;

/** Ready when the chat listener is bound and the database answers a query. */
@Readiness
@Blocking
@ApplicationScoped
public class ChatReadiness implements HealthCheck {
    private final ChatListener listener;
    private final Database database;

    public ChatReadiness(ChatListener listener, Database database) {
        this.listener = listener;
        this.database = database;
    }

    @Override
    public HealthCheckResponse call() {
        boolean bound = listener.port() > 0;
        boolean answers;
        try {
            answers = database.read(c -> c.createStatement().executeQuery("SELECT 1").next());
        } catch (RuntimeException e) {
            answers = false;
        }
        return HealthCheckResponse.named("chat").status(bound && answers)
                .withData("listener_bound", bound).withData("database_answers", answers).build();
    }
}
