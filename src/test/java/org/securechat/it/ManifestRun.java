package org.securechat.it;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.SecretKeySelector;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The server's container of k8s/statefulset.yaml as {@code podman run} options: its user and
 * groups, read-only root filesystem, capabilities, memory and CPU limits, environment, volumes and
 * ports, read from the manifest so that the image is tested as the cluster runs it. The runtime's
 * default seccomp profile is podman's default too.
 */
final class ManifestRun {
    private static final Path STATEFUL_SET = Path.of("k8s", "statefulset.yaml");

    private final PodSpec pod;
    private final Container container;
    private final String claim;

    /** The options, and the environment of the podman process that holds the secrets' values. */
    record Options(List<String> arguments, Map<String, String> environment) {
    }

    private ManifestRun(StatefulSet statefulSet) {
        pod = statefulSet.getSpec().getTemplate().getSpec();
        container = pod.getContainers().get(0);
        claim = statefulSet.getSpec().getVolumeClaimTemplates().get(0).getMetadata().getName();
    }

    static ManifestRun load() throws IOException {
        return new ManifestRun(new KubernetesSerialization().unmarshal(Files.readString(STATEFUL_SET), StatefulSet.class));
    }

    /**
     * The options for a container on this named volume (the claim's), with the Secret's keys and
     * values; an optional key the Secret lacks leaves its variable unset, as in the cluster.
     */
    Options options(String dataVolume, Map<String, String> secret) {
        List<String> args = new ArrayList<>();
        Map<String, String> environment = new LinkedHashMap<>();
        PodSecurityContext podSecurity = pod.getSecurityContext();
        args.add("--user=" + podSecurity.getRunAsUser() + ":" + podSecurity.getRunAsGroup());
        if (podSecurity.getFsGroup() != null) {
            args.add("--group-add=" + podSecurity.getFsGroup());
        }
        SecurityContext security = container.getSecurityContext();
        if (Boolean.TRUE.equals(security.getReadOnlyRootFilesystem())) {
            // without podman's own tmpfs on /run, /tmp and /var/tmp, which a pod does not get
            args.add("--read-only");
            args.add("--read-only-tmpfs=false");
        }
        if (Boolean.FALSE.equals(security.getAllowPrivilegeEscalation())) {
            args.add("--security-opt=no-new-privileges");
        }
        security.getCapabilities().getDrop().forEach(capability -> args.add("--cap-drop=" + capability));
        Map<String, Quantity> limits = container.getResources().getLimits();
        args.add("--memory=" + Quantity.getAmountInBytes(limits.get("memory")).toBigInteger() + "b");
        args.add("--cpus=" + Quantity.getAmountInBytes(limits.get("cpu")).toPlainString());
        for (EnvVar env : container.getEnv()) {
            if (env.getValueFrom() == null) {
                args.add("--env=" + env.getName() + "=" + env.getValue());
                continue;
            }
            SecretKeySelector key = env.getValueFrom().getSecretKeyRef();
            String value = secret.get(key.getKey());
            if (value == null && !Boolean.TRUE.equals(key.getOptional())) {
                throw new IllegalArgumentException("the Secret lacks the key " + key.getKey() + " that " + env.getName() + " needs");
            }
            if (value != null) {
                args.add("--env=" + env.getName());
                environment.put(env.getName(), value);
            }
        }
        for (VolumeMount mount : container.getVolumeMounts()) {
            args.add(mount(mount, dataVolume));
        }
        // Published on loopback only, each on a free port of podman's choice (see ImageContainer.hostPort).
        for (ContainerPort port : container.getPorts()) {
            args.add("--publish=127.0.0.1::" + port.getContainerPort());
        }
        return new Options(args, environment);
    }

    private String mount(VolumeMount mount, String dataVolume) {
        if (mount.getName().equals(claim)) {
            return "--volume=" + dataVolume + ":" + mount.getMountPath();
        }
        Volume volume = pod.getVolumes().stream().filter(v -> v.getName().equals(mount.getName())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no volume " + mount.getName() + " in the pod"));
        if (volume.getEmptyDir() == null) {
            throw new IllegalArgumentException("the volume " + mount.getName() + " is neither the claim nor an emptyDir:"
                    + " this test has no podman equivalent for it");
        }
        // An emptyDir is scratch space the pod may write and run code from (sqlite-jdbc and
        // netty-tcnative unpack their native libraries there): a tmpfs without podman's noexec.
        String size = volume.getEmptyDir().getSizeLimit() == null ? ""
                : ",size=" + Quantity.getAmountInBytes(volume.getEmptyDir().getSizeLimit()).toBigInteger();
        return "--tmpfs=" + mount.getMountPath() + ":rw,exec,nosuid,nodev" + size;
    }

    int port(String name) {
        return container.getPorts().stream().filter(p -> name.equals(p.getName())).findFirst()
                .map(ContainerPort::getContainerPort)
                .orElseThrow(() -> new IllegalArgumentException("no container port named " + name));
    }

    /** The readiness probe's path, and its port in the container. */
    String readinessPath() {
        return container.getReadinessProbe().getHttpGet().getPath();
    }

    int readinessPort() {
        IntOrString port = container.getReadinessProbe().getHttpGet().getPort();
        return port.getStrVal() != null ? port(port.getStrVal()) : port.getIntVal();
    }

    /** How long the kubelet waits after SIGTERM before it kills the container. */
    int terminationGraceSeconds() {
        return Math.toIntExact(pod.getTerminationGracePeriodSeconds());
    }
}
