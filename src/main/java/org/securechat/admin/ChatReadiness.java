package org.securechat.admin;

import io.quarkus.arc.All;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.securechat.chat.port.ReadinessProbe;

/** Ready when every probe is: the chat listener bound, the store answering, and whatever else reports one. */
@Readiness
@Blocking
@ApplicationScoped
public class ChatReadiness implements HealthCheck {
    private final List<ReadinessProbe> probes;

    public ChatReadiness(@All List<ReadinessProbe> probes) {
        this.probes = probes;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("chat");
        boolean up = true;
        for (ReadinessProbe probe : probes) {
            boolean ready = probe.ready();
            response.withData(probe.name(), ready);
            up &= ready;
        }
        return response.status(up).build();
    }
}
