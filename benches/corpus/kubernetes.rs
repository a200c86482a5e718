//! Kubernetes manifest generator: multi-document YAML files (1–5 documents) for apps laid out like a real
//! monorepo (`k8s/<team>/<app>/{base,overlays/<env>}`, `services/<svc>/deploy/k8s/<env>`), with full pod specs
//! and a share of insecure settings (privileged containers, host namespaces, `:latest` images, wildcard RBAC).

use super::{
    ENVS, GeneratedFile, Layout, MAX_FILE, MIN_FILE, Names, Rng, SERVICES, TEAMS, file_budget,
    indent, sized, tpl,
};

#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Deployment,
    StatefulSet,
    CronJob,
    Service,
    ConfigMap,
    Role,
    ClusterRoleBinding,
    Ingress,
}

/// How often each kind leads a file; workloads and their config dominate real repositories.
const PRIMARY: &[(Kind, usize)] = &[
    (Kind::Deployment, 25),
    (Kind::StatefulSet, 8),
    (Kind::CronJob, 10),
    (Kind::Service, 12),
    (Kind::ConfigMap, 15),
    (Kind::Role, 10),
    (Kind::ClusterRoleBinding, 6),
    (Kind::Ingress, 14),
];

impl Kind {
    fn file_stem(self) -> &'static str {
        match self {
            Kind::Deployment => "deployment",
            Kind::StatefulSet => "statefulset",
            Kind::CronJob => "cronjob",
            Kind::Service => "service",
            Kind::ConfigMap => "configmap",
            Kind::Role => "rbac",
            Kind::ClusterRoleBinding => "cluster-rbac",
            Kind::Ingress => "ingress",
        }
    }

    /// Suffix of `metadata.name`, so that e.g. a ConfigMap is `checkout-api-config`.
    fn name_suffix(self) -> &'static str {
        match self {
            Kind::StatefulSet => "-store",
            Kind::CronJob => "-cleanup",
            Kind::ConfigMap => "-config",
            Kind::Role => "-reader",
            Kind::ClusterRoleBinding => "-cluster-view",
            _ => "",
        }
    }
}

struct App {
    /// `<service>-<component>`, e.g. `checkout-api`.
    name: String,
    team: &'static str,
    env: &'static str,
    namespace: String,
    /// Chance (in percent) that a given setting is the secure one.
    secure_pct: usize,
    /// `metadata.name`s already used, per kind.
    names: Names,
}

impl App {
    fn secure(&self, rng: &mut Rng) -> bool {
        rng.percent(self.secure_pct)
    }
}

/// One app directory with exactly `count` manifest files.
pub fn app(rng: &mut Rng, layout: &mut Layout, count: usize) -> Vec<GeneratedFile> {
    let (mut app, dir) = new_app(rng, layout);
    let mut file_names = Names::default();
    (0..count)
        .map(|_| {
            let (stem, contents) = manifest(rng, &mut app);
            let extension = if rng.percent(15) { "yml" } else { "yaml" };
            let file = format!("{}.{extension}", file_names.unique(stem, "-"));
            GeneratedFile {
                path: dir.join(file),
                contents,
            }
        })
        .collect()
}

fn new_app(rng: &mut Rng, layout: &mut Layout) -> (App, std::path::PathBuf) {
    const COMPONENTS: &[&str] = &[
        "api",
        "web",
        "worker",
        "scheduler",
        "consumer",
        "indexer",
        "exporter",
        "frontend",
    ];
    let service = rng.pick(SERVICES);
    let name = format!("{service}-{}", rng.pick(COMPONENTS));
    let team = rng.pick(TEAMS);
    let env = rng.pick(ENVS);
    let (base, leaf) = match rng.below(10) {
        0..=3 => (format!("k8s/{team}/{name}"), "base".to_string()),
        4..=7 => (format!("k8s/{team}/{name}"), format!("overlays/{env}")),
        _ => (format!("services/{service}/deploy/{name}"), env.to_string()),
    };
    let dir = layout.claim(&base, &leaf);
    let app = App {
        namespace: format!("{team}-{env}"),
        name,
        team,
        env,
        secure_pct: if rng.percent(25) { 45 } else { 85 },
        names: Names::default(),
    };
    (app, dir)
}

/// A multi-document file of up to 1–5 documents: the primary kind names the file, companions are drawn
/// freely, and documents are added only while the file's budget has room. Returns the file stem.
fn manifest(rng: &mut Rng, app: &mut App) -> (&'static str, String) {
    let primary = rng.weighted(PRIMARY);
    let max_documents = rng.range(1, 5);
    let budget = file_budget(rng, 78);
    let mut out = String::new();
    if rng.percent(30) {
        out.push_str("---\n"); // kustomize/helm output often starts with a separator
    }
    for i in 0..max_documents {
        let remaining = budget.saturating_sub(out.len());
        if i > 0 && remaining < MIN_FILE {
            break;
        }
        let kind = if i == 0 {
            primary
        } else {
            rng.weighted(PRIMARY)
        };
        let name = unique_name(app, kind);
        let app = &*app;
        // The first document must reach the minimum file size on its own.
        let share = (remaining / (max_documents - i)).max(if i == 0 { MIN_FILE } else { 0 });
        let document = sized(rng, share, |rng, fill| {
            document(kind, rng, app, &name, fill)
        });
        if i > 0 {
            if out.len() + 4 + document.len() > MAX_FILE {
                break;
            }
            out.push_str("---\n");
        }
        out += &document;
    }
    (primary.file_stem(), out)
}

/// `metadata.name`, unique per kind within the app (two Deployments in one app get `-2`, `-3` ...).
fn unique_name(app: &mut App, kind: Kind) -> String {
    let base = format!("{}:{}{}", kind.file_stem(), app.name, kind.name_suffix());
    let name = app.names.unique(&base, "-");
    name.split_once(':')
        .expect("name has a kind prefix")
        .1
        .to_string()
}

/// One document; `fill` is how many bytes of list items (env vars, ports, rules ...) to add to reach the budget.
fn document(kind: Kind, rng: &mut Rng, app: &App, name: &str, fill: usize) -> String {
    match kind {
        Kind::Deployment => deployment(rng, app, name, fill),
        Kind::StatefulSet => statefulset(rng, app, name, fill),
        Kind::CronJob => cronjob(rng, app, name, fill),
        Kind::Service => service(rng, app, name, fill),
        Kind::ConfigMap => config_map(rng, app, name, fill),
        Kind::Role => role(rng, app, name, fill),
        Kind::ClusterRoleBinding => cluster_role_binding(rng, app, name, fill),
        Kind::Ingress => ingress(rng, app, name, fill),
    }
}

fn metadata(app: &App, name: &str) -> String {
    tpl(
        r#"metadata:
  name: @name@
  namespace: @namespace@
  labels:
    app.kubernetes.io/name: @name@
    app.kubernetes.io/instance: @name@-@env@
    app.kubernetes.io/part-of: @team@
    app.kubernetes.io/managed-by: kustomize
"#,
        &[
            ("name", &name),
            ("namespace", &app.namespace),
            ("env", &app.env),
            ("team", &app.team),
        ],
    )
}

// ---------------------------------------------------------------------------------------------------------
// Workloads

fn deployment(rng: &mut Rng, app: &App, name: &str, fill: usize) -> String {
    tpl(
        r#"apiVersion: apps/v1
kind: Deployment
@metadata@  annotations:
    reloader.stakater.com/auto: "true"
spec:
  replicas: @replicas@
  revisionHistoryLimit: 5
  selector:
    matchLabels:
      app.kubernetes.io/name: @name@
  strategy:
    type: RollingUpdate
    rollingUpdate:
      maxSurge: 25%
      maxUnavailable: 0
  template:
    metadata:
      labels:
        app.kubernetes.io/name: @name@
        app.kubernetes.io/part-of: @team@
      annotations:
        prometheus.io/scrape: "true"
        prometheus.io/port: "9090"
    spec:
@pod@"#,
        &[
            ("metadata", &metadata(app, name)),
            ("replicas", &rng.range(1, 6)),
            ("name", &name),
            ("team", &app.team),
            ("pod", &indent(&pod_spec(rng, app, name, None, fill), 6)),
        ],
    )
}

fn statefulset(rng: &mut Rng, app: &App, name: &str, fill: usize) -> String {
    let storage_class = if app.secure(rng) {
        "gp3-encrypted"
    } else {
        "gp2"
    };
    tpl(
        r#"apiVersion: apps/v1
kind: StatefulSet
@metadata@spec:
  serviceName: @name@-headless
  replicas: 3
  podManagementPolicy: Parallel
  selector:
    matchLabels:
      app.kubernetes.io/name: @name@
  template:
    metadata:
      labels:
        app.kubernetes.io/name: @name@
    spec:
@pod@  volumeClaimTemplates:
    - metadata:
        name: data
      spec:
        accessModes: ["ReadWriteOnce"]
        storageClassName: @storage_class@
        resources:
          requests:
            storage: @size@Gi
"#,
        &[
            ("metadata", &metadata(app, name)),
            ("name", &name),
            ("pod", &indent(&pod_spec(rng, app, name, None, fill), 6)),
            ("storage_class", &storage_class),
            ("size", &(rng.range(1, 50) * 10)),
        ],
    )
}

fn cronjob(rng: &mut Rng, app: &App, name: &str, fill: usize) -> String {
    const SCHEDULES: &[&str] = &[
        "*/15 * * * *",
        "0 * * * *",
        "30 2 * * *",
        "0 6 * * 1",
        "*/5 * * * *",
    ];
    tpl(
        r#"apiVersion: batch/v1
kind: CronJob
@metadata@spec:
  schedule: "@schedule@"
  timeZone: Etc/UTC
  concurrencyPolicy: Forbid
  successfulJobsHistoryLimit: 3
  failedJobsHistoryLimit: 1
  startingDeadlineSeconds: 300
  jobTemplate:
    spec:
      backoffLimit: 2
      activeDeadlineSeconds: 1800
      ttlSecondsAfterFinished: 86400
      template:
        metadata:
          labels:
            app.kubernetes.io/name: @name@
        spec:
@pod@"#,
        &[
            ("metadata", &metadata(app, name)),
            ("schedule", &rng.pick(SCHEDULES)),
            ("name", &name),
            (
                "pod",
                &indent(&pod_spec(rng, app, name, Some("OnFailure"), fill), 10),
            ),
        ],
    )
}

/// A pod spec at indentation 0; the main container's env list absorbs `fill` bytes.
fn pod_spec(
    rng: &mut Rng,
    app: &App,
    name: &str,
    restart_policy: Option<&str>,
    fill: usize,
) -> String {
    let mut out = tpl(
        "serviceAccountName: @name@\nautomountServiceAccountToken: @automount@\n",
        &[("name", &name), ("automount", &!app.secure(rng))],
    );
    if !app.secure(rng) {
        out += rng.pick(&["hostNetwork: true\n", "hostPID: true\n", "hostIPC: true\n"]);
    }
    if app.secure(rng) {
        out += "securityContext:\n  runAsNonRoot: true\n  runAsUser: 10001\n  runAsGroup: 10001\n  fsGroup: 10001\n  seccompProfile:\n    type: RuntimeDefault\n";
    }
    if let Some(policy) = restart_policy {
        out += &format!("restartPolicy: {policy}\n");
    }
    out += "terminationGracePeriodSeconds: 30\n";
    if rng.percent(25) {
        out += "initContainers:\n";
        out += &indent(&container(rng, app, "migrate", ContainerRole::Init, 0), 2);
    }
    out += "containers:\n";
    out += &indent(&container(rng, app, "app", ContainerRole::Main, fill), 2);
    if rng.percent(40) {
        let sidecar = rng.pick(&["fluent-bit", "envoy", "cloud-sql-proxy", "otel-collector"]);
        out += &indent(&container(rng, app, sidecar, ContainerRole::Sidecar, 0), 2);
    }
    out += &tpl(
        r#"volumes:
  - name: config
    configMap:
      name: @app@-config
  - name: tmp
    emptyDir: {}
  - name: tls
    secret:
      secretName: @app@-tls
      defaultMode: 0400
"#,
        &[("app", &app.name)],
    );
    if !app.secure(rng) {
        out += "  - name: docker-sock\n    hostPath:\n      path: /var/run/docker.sock\n      type: Socket\n";
    }
    out += &tpl(
        r#"nodeSelector:
  kubernetes.io/os: linux
tolerations:
  - key: dedicated
    operator: Equal
    value: @team@
    effect: NoSchedule
affinity:
  podAntiAffinity:
    preferredDuringSchedulingIgnoredDuringExecution:
      - weight: 100
        podAffinityTerm:
          topologyKey: topology.kubernetes.io/zone
          labelSelector:
            matchLabels:
              app.kubernetes.io/name: @name@
"#,
        &[("team", &app.team), ("name", &name)],
    );
    out
}

#[derive(Clone, Copy, PartialEq)]
enum ContainerRole {
    Init,
    Main,
    Sidecar,
}

/// A container as a list item at indentation 0 (`- name: ...`).
fn container(rng: &mut Rng, app: &App, name: &str, role: ContainerRole, fill: usize) -> String {
    let image = image(
        rng,
        app,
        if role == ContainerRole::Main {
            &app.name
        } else {
            name
        },
    );
    let mut out = tpl(
        "- name: @name@\n  image: @image@\n  imagePullPolicy: IfNotPresent\n",
        &[("name", &name), ("image", &image)],
    );
    if role == ContainerRole::Init {
        out += "  command: [\"/app/migrate\", \"--apply\", \"--timeout=300s\"]\n";
    } else if role == ContainerRole::Sidecar {
        out += &tpl(
            "  args: [\"--log-level=info\"]\n  ports:\n    - name: @name@\n      containerPort: @port@\n      protocol: TCP\n",
            &[
                ("name", &truncated(name, 15)),
                ("port", &(15000 + name.len())),
            ],
        );
    } else {
        out += &tpl(
            r#"  args:
    - --config=/etc/@app@/config.yaml
    - --listen=:8080
  ports:
    - name: http
      containerPort: 8080
      protocol: TCP
    - name: metrics
      containerPort: 9090
      protocol: TCP
"#,
            &[("app", &app.name)],
        );
    }
    out += "  env:\n";
    out += &indent(&env(rng, app, role, fill), 4);
    out += &tpl(
        "  envFrom:\n    - configMapRef:\n        name: @app@-config\n",
        &[("app", &app.name)],
    );
    if app.secure(rng) {
        out += "  resources:\n    requests:\n      cpu: 100m\n      memory: 128Mi\n    limits:\n      cpu: \"1\"\n      memory: 512Mi\n";
    }
    if role != ContainerRole::Init && app.secure(rng) {
        out += r#"  livenessProbe:
    httpGet:
      path: /healthz
      port: http
    initialDelaySeconds: 10
    periodSeconds: 10
    timeoutSeconds: 2
    failureThreshold: 3
  readinessProbe:
    httpGet:
      path: /ready
      port: http
    periodSeconds: 5
"#;
    }
    out += container_security_context(rng, app);
    out += &tpl(
        r#"  volumeMounts:
    - name: config
      mountPath: /etc/@app@
      readOnly: true
    - name: tmp
      mountPath: /tmp
"#,
        &[("app", &app.name)],
    );
    out
}

/// Kubernetes port names are at most 15 characters.
fn truncated(name: &str, max: usize) -> &str {
    &name[..name.len().min(max)]
}

fn image(rng: &mut Rng, app: &App, repository: &str) -> String {
    if !app.secure(rng) {
        return if rng.percent(50) {
            format!("{repository}:latest")
        } else {
            repository.to_string()
        };
    }
    if rng.percent(30) {
        let digest: String = (0..4).map(|_| format!("{:016x}", rng.next_u64())).collect();
        format!(
            "registry.acme.example/{}/{repository}@sha256:{digest}",
            app.team
        )
    } else {
        format!(
            "registry.acme.example/{}/{repository}:{}.{}.{}",
            app.team,
            rng.range(1, 3),
            rng.range(0, 30),
            rng.range(0, 9)
        )
    }
}

fn container_security_context(rng: &mut Rng, app: &App) -> &'static str {
    if app.secure(rng) {
        return "  securityContext:\n    allowPrivilegeEscalation: false\n    readOnlyRootFilesystem: true\n    runAsNonRoot: true\n    capabilities:\n      drop:\n        - ALL\n";
    }
    rng.pick(&[
        "  securityContext:\n    privileged: true\n    allowPrivilegeEscalation: true\n",
        "  securityContext:\n    runAsUser: 0\n    capabilities:\n      add:\n        - NET_ADMIN\n        - SYS_ADMIN\n",
        "", // no securityContext at all
    ])
}

/// Env list items at indentation 0: a fixed head, then filler variables until `fill` bytes are added.
fn env(rng: &mut Rng, app: &App, role: ContainerRole, fill: usize) -> String {
    let mut out = tpl(
        r#"- name: APP_ENV
  value: "@env@"
- name: POD_NAME
  valueFrom:
    fieldRef:
      fieldPath: metadata.name
"#,
        &[("env", &app.env)],
    );
    if role != ContainerRole::Sidecar {
        out += &if app.secure(rng) {
            tpl(
                "- name: DATABASE_PASSWORD\n  valueFrom:\n    secretKeyRef:\n      name: @app@-db\n      key: password\n",
                &[("app", &app.name)],
            )
        } else {
            "- name: DATABASE_PASSWORD\n  value: \"changeme\" # FIXME: move to a Secret\n"
                .to_string()
        };
    }
    let head = out.len();
    let mut names = Names::default();
    let rng = &mut rng.fork();
    while out.len() - head < fill {
        let variable = names.unique(rng.pick(ENV_NAMES), "_");
        out += &match rng.below(6) {
            0 => tpl(
                "- name: @var@\n  valueFrom:\n    secretKeyRef:\n      name: @app@-secrets\n      key: @key@\n",
                &[
                    ("var", &variable),
                    ("app", &app.name),
                    ("key", &variable.to_lowercase().replace('_', "-")),
                ],
            ),
            1 => tpl(
                "- name: @var@\n  valueFrom:\n    configMapKeyRef:\n      name: @app@-config\n      key: @var@\n      optional: true\n",
                &[("var", &variable), ("app", &app.name)],
            ),
            _ => tpl(
                "- name: @var@\n  value: \"@value@\"\n",
                &[("var", &variable), ("value", &env_value(rng, app))],
            ),
        };
    }
    out
}

const ENV_NAMES: &[&str] = &[
    "LOG_LEVEL",
    "LOG_FORMAT",
    "OTEL_EXPORTER_OTLP_ENDPOINT",
    "OTEL_SERVICE_NAME",
    "REDIS_URL",
    "KAFKA_BROKERS",
    "CACHE_TTL_SECONDS",
    "HTTP_TIMEOUT",
    "MAX_CONNECTIONS",
    "FEATURE_CHECKOUT_V2",
    "GOMAXPROCS",
    "JAVA_OPTS",
    "S3_BUCKET",
    "AWS_REGION",
    "QUEUE_URL",
    "UPSTREAM_URL",
    "RATE_LIMIT_RPS",
    "SENTRY_DSN",
    "API_KEY",
    "WORKER_CONCURRENCY",
];

fn env_value(rng: &mut Rng, app: &App) -> String {
    match rng.below(5) {
        0 => format!("{}", rng.range(1, 500) * 10),
        1 => format!(
            "http://{}.{}.svc.cluster.local:{}",
            app.name,
            app.namespace,
            rng.pick(&[80, 8080, 9092, 6379])
        ),
        2 => rng
            .pick(&["info", "debug", "warn", "json", "true", "false"])
            .to_string(),
        3 => format!("-Xms{0}m -Xmx{0}m -XX:+UseG1GC", rng.range(2, 16) * 128),
        _ => format!("{}-{}-{}", app.name, app.env, rng.range(1, 99)),
    }
}

// ---------------------------------------------------------------------------------------------------------
// Service, ConfigMap, RBAC, Ingress

fn service(rng: &mut Rng, app: &App, name: &str, fill: usize) -> String {
    let (kind, annotations) = match rng.below(10) {
        0..=6 => ("ClusterIP", ""),
        7..=8 => (
            "LoadBalancer",
            if app.secure(rng) {
                "  annotations:\n    service.beta.kubernetes.io/aws-load-balancer-internal: \"true\"\n"
            } else {
                "  annotations:\n    service.beta.kubernetes.io/aws-load-balancer-scheme: internet-facing\n"
            },
        ),
        _ => ("NodePort", ""),
    };
    let mut out = tpl(
        r#"apiVersion: v1
kind: Service
@metadata@@annotations@spec:
  type: @kind@
  selector:
    app.kubernetes.io/name: @app@
  ports:
    - name: http
      port: 80
      targetPort: http
      protocol: TCP
"#,
        &[
            ("metadata", &metadata(app, name)),
            ("annotations", &annotations),
            ("kind", &kind),
            ("app", &app.name),
        ],
    );
    let head = out.len();
    let mut port = 9000;
    while out.len() - head < fill {
        port += 1;
        out += &tpl(
            "    - name: port-@port@\n      port: @port@\n      targetPort: @port@\n      protocol: TCP\n",
            &[("port", &port)],
        );
    }
    out
}

fn config_map(rng: &mut Rng, app: &App, name: &str, fill: usize) -> String {
    let mut out = tpl(
        r#"apiVersion: v1
kind: ConfigMap
@metadata@data:
  LOG_LEVEL: info
  FEATURE_FLAGS: "checkout_v2,fast_path"
  config.yaml: |
    server:
      port: 8080
      readTimeout: 15s
      writeTimeout: 30s
    database:
      host: @app@-db.@namespace@.svc.cluster.local
      port: 5432
      sslmode: @sslmode@
      maxOpenConns: @conns@
"#,
        &[
            ("metadata", &metadata(app, name)),
            ("app", &app.name),
            ("namespace", &app.namespace),
            (
                "sslmode",
                &if app.secure(rng) {
                    "verify-full"
                } else {
                    "disable"
                },
            ),
            ("conns", &rng.range(5, 100)),
        ],
    );
    // Embedded configuration files are what makes real ConfigMaps large.
    let head = out.len();
    let mut section = 0;
    while out.len() - head < fill {
        section += 1;
        out += &format!("  settings-{section}.properties: |\n");
        for key in 0..rng.range(5, 25) {
            out += &format!(
                "    {}.section{section}.key{key}={}\n",
                app.name,
                env_value(rng, app)
            );
        }
    }
    out
}

/// `(apiGroups, resources, verbs)` a namespaced reader plausibly needs.
const RULES: &[&str] = &[
    "  - apiGroups: [\"\"]\n    resources: [\"configmaps\"]\n    verbs: [\"get\", \"list\", \"watch\"]\n",
    "  - apiGroups: [\"\"]\n    resources: [\"pods\", \"pods/log\"]\n    verbs: [\"get\", \"list\"]\n",
    "  - apiGroups: [\"apps\"]\n    resources: [\"deployments\", \"replicasets\"]\n    verbs: [\"get\", \"list\", \"watch\"]\n",
    "  - apiGroups: [\"batch\"]\n    resources: [\"jobs\", \"cronjobs\"]\n    verbs: [\"get\", \"list\", \"create\", \"delete\"]\n",
    "  - apiGroups: [\"coordination.k8s.io\"]\n    resources: [\"leases\"]\n    verbs: [\"get\", \"create\", \"update\"]\n",
    "  - apiGroups: [\"\"]\n    resources: [\"events\"]\n    verbs: [\"create\", \"patch\"]\n",
];

/// Rules that RBAC policies should flag.
const BROAD_RULES: &[&str] = &[
    "  - apiGroups: [\"*\"]\n    resources: [\"*\"]\n    verbs: [\"*\"]\n",
    "  - apiGroups: [\"\"]\n    resources: [\"secrets\"]\n    verbs: [\"get\", \"list\", \"watch\"]\n",
    "  - apiGroups: [\"\"]\n    resources: [\"pods/exec\"]\n    verbs: [\"create\"]\n",
];

fn role(rng: &mut Rng, app: &App, name: &str, fill: usize) -> String {
    let mut out = tpl(
        "apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\n@metadata@rules:\n",
        &[("metadata", &metadata(app, name))],
    );
    out += rng.pick(RULES);
    let head = out.len();
    while out.len() - head < fill {
        out += if app.secure(rng) {
            rng.pick(RULES)
        } else {
            rng.pick(BROAD_RULES)
        };
    }
    out
}

fn cluster_role_binding(rng: &mut Rng, app: &App, name: &str, fill: usize) -> String {
    let cluster_role = if app.secure(rng) {
        "view"
    } else {
        rng.pick(&["cluster-admin", "admin", "edit"])
    };
    let mut out = tpl(
        r#"apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: @name@
  labels:
    app.kubernetes.io/part-of: @team@
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: @role@
subjects:
  - kind: ServiceAccount
    name: @app@
    namespace: @namespace@
"#,
        &[
            ("name", &name),
            ("team", &app.team),
            ("role", &cluster_role),
            ("app", &app.name),
            ("namespace", &app.namespace),
        ],
    );
    let head = out.len();
    let mut n = 0;
    while out.len() - head < fill {
        n += 1;
        out += &if rng.percent(70) {
            tpl(
                "  - kind: ServiceAccount\n    name: @app@-job-@n@\n    namespace: @namespace@\n",
                &[("app", &app.name), ("n", &n), ("namespace", &app.namespace)],
            )
        } else {
            tpl(
                "  - kind: Group\n    apiGroup: rbac.authorization.k8s.io\n    name: @team@-oncall-@n@\n",
                &[("team", &app.team), ("n", &n)],
            )
        };
    }
    out
}

fn ingress(rng: &mut Rng, app: &App, name: &str, fill: usize) -> String {
    let host = format!("{}.{}.acme.example", app.name, app.env);
    let secure = app.secure(rng);
    let tls = if secure {
        tpl(
            "  tls:\n    - hosts:\n        - @host@\n      secretName: @name@-tls\n",
            &[("host", &host), ("name", &name)],
        )
    } else {
        String::new()
    };
    let mut out = tpl(
        r#"apiVersion: networking.k8s.io/v1
kind: Ingress
@metadata@  annotations:
    cert-manager.io/cluster-issuer: letsencrypt-prod
    nginx.ingress.kubernetes.io/ssl-redirect: "@redirect@"
    nginx.ingress.kubernetes.io/proxy-body-size: 8m
spec:
  ingressClassName: nginx
@tls@  rules:
    - host: @host@
      http:
        paths:
          - path: /
            pathType: Prefix
            backend:
              service:
                name: @app@
                port:
                  name: http
"#,
        &[
            ("metadata", &metadata(app, name)),
            ("redirect", &secure),
            ("tls", &tls),
            ("host", &host),
            ("app", &app.name),
        ],
    );
    let head = out.len();
    let mut n = 0;
    while out.len() - head < fill {
        n += 1;
        out += &tpl(
            r#"          - path: /@segment@/v@n@
            pathType: Prefix
            backend:
              service:
                name: @app@-@segment@
                port:
                  number: @port@
"#,
            &[
                (
                    "segment",
                    &rng.pick(&["api", "admin", "static", "hooks", "graphql"]),
                ),
                ("n", &n),
                ("app", &app.name),
                ("port", &rng.pick(&[80, 8080, 3000])),
            ],
        );
    }
    out
}
