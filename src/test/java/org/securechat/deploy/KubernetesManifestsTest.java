package org.securechat.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretKeySelector;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.securechat.ChatConfig;

/**
 * The manifests in k8s/ and the image in src/main/docker/ must agree with the server's own
 * configuration: application.properties, and the chat.* keys and defaults of {@link ChatConfig}.
 */
class KubernetesManifestsTest {
    private static final Path K8S = Path.of("k8s");
    private static final Path TLS_PATCH = K8S.resolve("tls/statefulset-tls.yaml");
    private static final Path SECRET_TEMPLATE = K8S.resolve("secret.example.yaml");
    private static final Path DATA_POD = K8S.resolve("tools/data-pod.yaml");
    private static final Path APPLICATION_PROPERTIES = Path.of("src/main/resources/application.properties");
    private static final Path DOCKERFILE = Path.of("src/main/docker/Dockerfile.jvm");

    // Quarkus's defaults, for whatever application.properties leaves unset.
    private static final int QUARKUS_HTTP_SSL_PORT = 8443;
    private static final int QUARKUS_MANAGEMENT_PORT = 9000;
    private static final String LIVENESS_PATH = "/q/health/live";
    private static final String READINESS_PATH = "/q/health/ready";
    private static final String METRICS_PATH = "/q/metrics";

    private static final KubernetesSerialization YAML = new KubernetesSerialization();
    private static Properties appProperties;

    @BeforeAll
    static void loadApplicationProperties() throws IOException {
        appProperties = new Properties();
        try (InputStream in = Files.newInputStream(APPLICATION_PROPERTIES)) {
            appProperties.load(in);
        }
    }

    /** Quarkus's rule for environment variables: every non-alphanumeric character becomes '_', then upper case. */
    static String envName(String configKey) {
        return configKey.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    @Test
    void everyManifestParsesAsATypedKubernetesObject() throws IOException {
        List<Path> files = manifestFiles();
        assertFalse(files.isEmpty(), "no manifests under " + K8S);
        for (Path file : files) {
            for (HasMetadata object : parse(Files.readString(file))) {
                assertFalse(object instanceof GenericKubernetesResource,
                        file + ": " + object.getKind() + " is not a kind the Kubernetes model knows");
                assertNotNull(object.getMetadata().getName(), file + ": an object without a name");
            }
        }
    }

    @Test
    void managementInterfaceIsEnabledSoProbesAndMetricsAreOnItsPort() {
        assertEquals("true", prodProperty("quarkus.management.enabled"),
                "the probes and the metrics scrape use the management port; application.properties "
                        + "must set quarkus.management.enabled=true");
    }

    @Test
    void containerPortsAreTheConfiguredOnes() {
        Container server = serverContainer(baseStatefulSet());
        assertEquals(chatPort(), containerPort(server, "chat"), "chat.port");
        assertEquals(httpsPort(), containerPort(server, "https"), "quarkus.http.ssl-port");
        assertEquals(managementPort(), containerPort(server, "management"), "quarkus.management.port");
    }

    @Test
    void servicesExposeTheChatAndHttpPortsOfTheServerPod() {
        StatefulSet statefulSet = baseStatefulSet();
        Map<String, String> podLabels = statefulSet.getSpec().getTemplate().getMetadata().getLabels();
        Container server = serverContainer(statefulSet);
        for (Service service : baseObjects(Service.class)) {
            assertTrue(podLabels.entrySet().containsAll(service.getSpec().getSelector().entrySet()),
                    service.getMetadata().getName() + " selects no server pod");
            for (ServicePort port : service.getSpec().getPorts()) {
                int target = resolvePort(server, port.getTargetPort());
                assertEquals(port.getPort(), target, service.getMetadata().getName()
                        + " publishes port " + port.getPort() + " for container port " + target);
            }
        }
        assertEquals(chatPort(), service("securechat").getSpec().getPorts().get(0).getPort());
        assertEquals(httpsPort(), service("securechat-admin").getSpec().getPorts().get(0).getPort());
        assertEquals(statefulSet.getSpec().getServiceName(), service("securechat-headless").getMetadata().getName());
        assertEquals("None", service("securechat-headless").getSpec().getClusterIP());
    }

    @Test
    void probesAndMetricsScrapeUseTheManagementPort() {
        StatefulSet statefulSet = baseStatefulSet();
        Container server = serverContainer(statefulSet);
        assertProbe(server, server.getStartupProbe(), LIVENESS_PATH);
        assertProbe(server, server.getLivenessProbe(), LIVENESS_PATH);
        assertProbe(server, server.getReadinessProbe(), READINESS_PATH);
        Map<String, String> annotations = statefulSet.getSpec().getTemplate().getMetadata().getAnnotations();
        assertEquals(String.valueOf(managementPort()), annotations.get("prometheus.io/port"));
        assertEquals(METRICS_PATH, annotations.get("prometheus.io/path"));
    }

    @Test
    void environmentVariablesAreChatConfigKeysUnderQuarkusNames() throws IOException {
        Set<String> known = chatConfigKeys().stream().map(KubernetesManifestsTest::envName)
                .collect(Collectors.toCollection(TreeSet::new));
        for (StatefulSet statefulSet : List.of(baseStatefulSet(), only(parse(Files.readString(TLS_PATCH)),
                StatefulSet.class))) {
            for (EnvVar env : serverContainer(statefulSet).getEnv()) {
                assertTrue(known.contains(env.getName()),
                        env.getName() + " is the environment name of no chat.* key; known: " + known);
            }
        }
        assertEquals(Set.of(envName("chat.data-dir"), envName("chat.storage.key"),
                envName("chat.bootstrap-admin.user"), envName("chat.bootstrap-admin.password"),
                envName("chat.server-password")), envNames(baseStatefulSet()));
    }

    @Test
    void secretKeysTheServerReadsAreInTheTemplate() throws IOException {
        Secret template = only(parse(Files.readString(SECRET_TEMPLATE)), Secret.class);
        Set<String> required = new TreeSet<>();
        Set<String> referenced = new TreeSet<>();
        for (EnvVar env : serverContainer(baseStatefulSet()).getEnv()) {
            if (env.getValueFrom() == null) {
                continue;
            }
            SecretKeySelector ref = env.getValueFrom().getSecretKeyRef();
            assertEquals(template.getMetadata().getName(), ref.getName(), env.getName());
            referenced.add(ref.getKey());
            if (!Boolean.TRUE.equals(ref.getOptional())) {
                required.add(ref.getKey());
            }
        }
        Set<String> templateKeys = template.getStringData().keySet();
        assertTrue(templateKeys.containsAll(required), "the template lacks required keys " + required);
        assertTrue(referenced.containsAll(templateKeys), "the template has keys no one reads: " + templateKeys);
    }

    @Test
    void dataDirIsThePersistentVolumeAndTmpIsWritable() {
        StatefulSet statefulSet = baseStatefulSet();
        assertEquals(1, statefulSet.getSpec().getReplicas(), "SQLite has one writer: one replica");
        String claim = only(statefulSet.getSpec().getVolumeClaimTemplates(), "volume claim template")
                .getMetadata().getName();
        Container server = serverContainer(statefulSet);
        assertEquals(mountPath(server, claim), envValue(server, envName("chat.data-dir")));
        Volume tmp = volume(statefulSet.getSpec().getTemplate().getSpec(), volumeMountNamed(server, "/tmp"));
        assertNotNull(tmp.getEmptyDir(), "/tmp must be an emptyDir under a read-only root filesystem");
    }

    @Test
    void dataPodMountsTheServersClaimAsTheServersUser() throws IOException {
        Pod helper = only(parse(Files.readString(DATA_POD)), Pod.class);
        StatefulSet statefulSet = baseStatefulSet();
        String template = statefulSet.getSpec().getVolumeClaimTemplates().get(0).getMetadata().getName();
        // A StatefulSet names its pods' claims <template>-<statefulset>-<ordinal>.
        String claim = template + "-" + statefulSet.getMetadata().getName() + "-0";
        Container tools = only(helper.getSpec().getContainers(), "container");
        String volume = volumeMountNamed(tools, envValue(serverContainer(statefulSet), envName("chat.data-dir")));
        assertEquals(claim, volume(helper.getSpec(), volume).getPersistentVolumeClaim().getClaimName());
        assertEquals(statefulSet.getSpec().getTemplate().getSpec().getSecurityContext().getRunAsUser(),
                helper.getSpec().getSecurityContext().getRunAsUser());
        Map<String, String> serverLabels = statefulSet.getSpec().getTemplate().getMetadata().getLabels();
        for (Service service : baseObjects(Service.class)) {
            assertFalse(helper.getMetadata().getLabels().entrySet().containsAll(service.getSpec().getSelector().entrySet()),
                    "Service " + service.getMetadata().getName() + " would send traffic to the helper pod");
        }
        assertEquals(serverLabels, helper.getSpec().getAffinity().getPodAffinity()
                .getPreferredDuringSchedulingIgnoredDuringExecution().get(0).getPodAffinityTerm().getLabelSelector()
                .getMatchLabels(), "the helper pod must seek the server's node");
    }

    @Test
    void podRunsLockedDown() {
        PodSpec pod = baseStatefulSet().getSpec().getTemplate().getSpec();
        Container server = serverContainer(baseStatefulSet());
        assertEquals(Boolean.TRUE, pod.getSecurityContext().getRunAsNonRoot());
        assertTrue(pod.getSecurityContext().getRunAsUser() > 0);
        assertNotNull(pod.getSecurityContext().getFsGroup(), "fsGroup makes the volume writable");
        assertEquals("RuntimeDefault", pod.getSecurityContext().getSeccompProfile().getType());
        assertEquals(Boolean.TRUE, server.getSecurityContext().getReadOnlyRootFilesystem());
        assertEquals(Boolean.FALSE, server.getSecurityContext().getAllowPrivilegeEscalation());
        assertEquals(List.of("ALL"), server.getSecurityContext().getCapabilities().getDrop());
        for (String resource : List.of("cpu", "memory")) {
            assertNotNull(server.getResources().getRequests().get(resource), "request " + resource);
            assertNotNull(server.getResources().getLimits().get(resource), "limit " + resource);
        }
        assertNotNull(pod.getTerminationGracePeriodSeconds(), "time to drain on SIGTERM");
    }

    @Test
    void dockerfileExposesTheSamePortsUserAndDataVolume() throws IOException {
        String dockerfile = Files.readString(DOCKERFILE);
        StatefulSet statefulSet = baseStatefulSet();
        Container server = serverContainer(statefulSet);
        Set<Integer> exposed = Stream.of(instruction(dockerfile, "EXPOSE\\s+").split("\\s+"))
                .map(Integer::valueOf).collect(Collectors.toSet());
        assertEquals(containerPorts(server), exposed, "EXPOSE");
        String dataDir = envValue(server, envName("chat.data-dir"));
        assertEquals(dataDir, instruction(dockerfile, "VOLUME\\s+"), "VOLUME");
        assertEquals(dataDir, instruction(dockerfile, "ENV\\s+" + envName("chat.data-dir") + "="), "ENV");
        assertEquals(String.valueOf(statefulSet.getSpec().getTemplate().getSpec().getSecurityContext().getRunAsUser()),
                instruction(dockerfile, "USER\\s+"), "the last USER of the image");
    }

    @Test
    void managementInterfaceIsOnLoopbackExceptInTheImage() throws IOException {
        // Health and metrics: loopback on a plain host, every interface in the image, where the kubelet probes them.
        assertEquals("127.0.0.1", appProperty("quarkus.management.host"));
        assertEquals("0.0.0.0", instruction(Files.readString(DOCKERFILE), "ENV\\s+QUARKUS_MANAGEMENT_HOST="));
    }

    @Test
    void kustomizeRendersTheBaseAsItsResourceFiles() throws IOException {
        List<HasMetadata> rendered = kustomize(K8S);
        assertEquals(identities(baseObjects(HasMetadata.class)), identities(rendered));
        assertFalse(rendered.stream().anyMatch(Secret.class::isInstance),
                "the base must not carry a Secret: applying it would replace the real storage key");
    }

    @Test
    void kustomizeRendersAnOverlayWithOwnTlsCertificate() throws IOException {
        // An operator's overlay lives outside k8s/ (kustomize refuses a base that contains its overlay).
        // bases/patchesStrategicMerge are understood by every kubectl, Debian's 1.20 included.
        Path overlay = Files.createDirectories(Path.of("target/tls-overlay"));
        Files.copy(TLS_PATCH, overlay.resolve(TLS_PATCH.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(overlay.resolve("kustomization.yaml"),
                "bases:\n  - ../../k8s\npatchesStrategicMerge:\n  - " + TLS_PATCH.getFileName() + "\n");
        StatefulSet statefulSet = only(kustomize(overlay), StatefulSet.class);
        Container server = serverContainer(statefulSet);
        assertTrue(envNames(statefulSet).containsAll(envNames(baseStatefulSet())), "the patch dropped base env");
        String tlsDir = mountPath(server, "tls");
        assertEquals(tlsDir + "/tls.crt", envValue(server, envName("chat.tls.cert")));
        assertEquals(tlsDir + "/tls.key", envValue(server, envName("chat.tls.key")));
        assertEquals("securechat-tls", volume(statefulSet.getSpec().getTemplate().getSpec(), "tls").getSecret()
                .getSecretName());
        assertEquals(mountPath(serverContainer(baseStatefulSet()), "data"), mountPath(server, "data"));
    }

    // --- the application's configuration

    private static int chatPort() {
        return configuredPort("chat.port", Integer.parseInt(chatConfigDefault("port")));
    }

    private static int httpsPort() {
        return configuredPort("quarkus.http.ssl-port", QUARKUS_HTTP_SSL_PORT);
    }

    private static int managementPort() {
        return configuredPort("quarkus.management.port", QUARKUS_MANAGEMENT_PORT);
    }

    private static int configuredPort(String key, int defaultPort) {
        String value = prodProperty(key);
        if (value == null) {
            return defaultPort;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new AssertionError(key + "=" + value + " in application.properties is not a plain port number");
        }
    }

    /** The value in the prod profile, the one a container runs: %prod.key, else key; never %test.key. */
    private static String prodProperty(String key) {
        return appProperties.getProperty("%prod." + key, appProperties.getProperty(key));
    }

    private static String appProperty(String key) {
        String value = prodProperty(key);
        assertNotNull(value, key + " is missing from application.properties");
        return value.strip();
    }

    private static String chatConfigDefault(String method) {
        try {
            return ChatConfig.class.getMethod(method).getAnnotation(WithDefault.class).value();
        } catch (NoSuchMethodException e) {
            throw new AssertionError("ChatConfig has no " + method + "()", e);
        }
    }

    /** Every chat.* key ChatConfig maps, named as SmallRye Config names them (kebab case unless @WithName). */
    static Set<String> chatConfigKeys() {
        Set<String> keys = new TreeSet<>();
        collectKeys(ChatConfig.class, "chat", keys);
        return keys;
    }

    private static void collectKeys(Class<?> group, String prefix, Set<String> keys) {
        for (Method method : group.getDeclaredMethods()) {
            if (method.isDefault() || Modifier.isStatic(method.getModifiers()) || method.getParameterCount() > 0) {
                continue;
            }
            WithName withName = method.getAnnotation(WithName.class);
            String name = withName != null ? withName.value()
                    : method.getName().replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
            Class<?> type = method.getReturnType();
            if (type.isInterface() && type.getName().startsWith(ChatConfig.class.getName() + "$")) {
                collectKeys(type, prefix + "." + name, keys);
            } else {
                keys.add(prefix + "." + name);
            }
        }
    }

    // --- the manifests

    private static List<Path> manifestFiles() throws IOException {
        try (Stream<Path> files = Files.walk(K8S)) {
            return files.filter(f -> f.toString().endsWith(".yaml"))
                    .filter(f -> !f.getFileName().toString().equals("kustomization.yaml")).sorted().toList();
        }
    }

    /** The objects of the files the base kustomization.yaml lists. */
    private static <T extends HasMetadata> List<T> baseObjects(Class<T> kind) {
        try {
            Map<?, ?> kustomization = YAML.unmarshal(Files.readString(K8S.resolve("kustomization.yaml")), Map.class);
            List<T> objects = new ArrayList<>();
            for (Object file : (List<?>) kustomization.get("resources")) {
                parse(Files.readString(K8S.resolve(file.toString()))).stream().filter(kind::isInstance)
                        .map(kind::cast).forEach(objects::add);
            }
            return objects;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static StatefulSet baseStatefulSet() {
        return only(baseObjects(StatefulSet.class), "StatefulSet in the base");
    }

    private static Service service(String name) {
        return baseObjects(Service.class).stream().filter(s -> s.getMetadata().getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no Service " + name + " in the base"));
    }

    private static List<HasMetadata> parse(String yaml) {
        Object parsed = YAML.unmarshal(yaml);
        List<HasMetadata> objects = new ArrayList<>();
        for (Object item : parsed instanceof List<?> list ? list : List.of(parsed)) {
            if (item != null) {
                objects.add((HasMetadata) item);
            }
        }
        return objects;
    }

    private static List<HasMetadata> kustomize(Path dir) throws IOException {
        ProcessBuilder builder = new ProcessBuilder("kubectl", "kustomize", dir.toString());
        Path errors = Files.createTempFile("kustomize", ".err");
        builder.redirectError(errors.toFile());
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new AssertionError("kubectl is not on the PATH; install it (Debian: apt-get install "
                    + "kubernetes-client) to check that `kubectl kustomize " + dir + "` renders", e);
        }
        String rendered = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail("kubectl kustomize " + dir + " took over 60 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
        String stderr = Files.readString(errors);
        Files.delete(errors);
        assertEquals(0, process.exitValue(), "kubectl kustomize " + dir + " failed:\n" + stderr);
        return parse(rendered);
    }

    private static Set<String> identities(List<? extends HasMetadata> objects) {
        return objects.stream().map(o -> o.getKind() + "/" + o.getMetadata().getName())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Container serverContainer(StatefulSet statefulSet) {
        return only(statefulSet.getSpec().getTemplate().getSpec().getContainers(), "container");
    }

    private static Set<String> envNames(StatefulSet statefulSet) {
        return serverContainer(statefulSet).getEnv().stream().map(EnvVar::getName).collect(Collectors.toSet());
    }

    private static String envValue(Container container, String name) {
        return container.getEnv().stream().filter(e -> e.getName().equals(name)).findFirst()
                .map(EnvVar::getValue).orElseThrow(() -> new AssertionError("no env " + name));
    }

    private static Set<Integer> containerPorts(Container container) {
        return container.getPorts().stream().map(ContainerPort::getContainerPort).collect(Collectors.toSet());
    }

    private static int containerPort(Container container, String name) {
        return container.getPorts().stream().filter(p -> name.equals(p.getName())).findFirst()
                .map(ContainerPort::getContainerPort)
                .orElseThrow(() -> new AssertionError("no container port named " + name));
    }

    private static int resolvePort(Container container, IntOrString port) {
        return port.getStrVal() != null ? containerPort(container, port.getStrVal()) : port.getIntVal();
    }

    private static void assertProbe(Container container, Probe probe, String path) {
        assertNotNull(probe, "a probe is missing");
        assertEquals(path, probe.getHttpGet().getPath());
        assertEquals(managementPort(), resolvePort(container, probe.getHttpGet().getPort()), path);
    }

    private static String mountPath(Container container, String volume) {
        return container.getVolumeMounts().stream().filter(m -> m.getName().equals(volume)).findFirst()
                .map(VolumeMount::getMountPath).orElseThrow(() -> new AssertionError("volume " + volume + " unmounted"));
    }

    private static String volumeMountNamed(Container container, String mountPath) {
        return container.getVolumeMounts().stream().filter(m -> m.getMountPath().equals(mountPath)).findFirst()
                .map(VolumeMount::getName).orElseThrow(() -> new AssertionError("nothing mounted at " + mountPath));
    }

    private static Volume volume(PodSpec pod, String name) {
        return pod.getVolumes().stream().filter(v -> v.getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no volume " + name));
    }

    private static <T> T only(List<?> objects, Class<T> kind) {
        return kind.cast(only(objects.stream().filter(kind::isInstance).toList(), kind.getSimpleName()));
    }

    private static <T> T only(List<T> items, String what) {
        assertEquals(1, items.size(), "expected exactly one " + what);
        return items.get(0);
    }

    /** The rest of the last line that starts with this regex. */
    private static String instruction(String dockerfile, String start) {
        Matcher m = Pattern.compile("^" + start + "(.+)$", Pattern.MULTILINE).matcher(dockerfile);
        String last = null;
        while (m.find()) {
            last = m.group(1).strip();
        }
        assertNotNull(last, "no line " + start + " in " + DOCKERFILE);
        return last;
    }
}
