#!/usr/bin/env bash
# Benchmark of the policies that join resources with other resources (a bucket with
# the buckets that log into it, a pod with the NetworkPolicies that select it): for
# each one, generates a module (or manifest file) with `count = N` (N objects) on
# every resource type it joins, lints it with that one policy and prints the time.
# Such a policy used to compare every resource with every other and hit its 10 s
# limit at N = 10,000; it now looks resources up in indexes built once per document.
#
# Usage: scripts/bench_pairwise.sh [POLICY-ID...]        (all of them by default)
#   N=10000          instances per joined resource type (default 10000)
#   SRM_LINT=...     the binary (default target/release/srm-lint)
#   POLICIES=dir     read the built-in policies from dir (default policies, via
#                    SRM_LINT_BUILTIN_DIR); POLICIES= (empty) uses the embedded ones
#   SRM_LINT_ENGINE  compiled (default) or interpreter
# Corpora are written to target/pairwise/<corpus>-<N>/ and reused.
# Prints one line per policy: id, N, wall seconds, peak RSS, findings, and
# "TIME LIMIT" when the policy was stopped by its time limit (or the first error).
# Needs GNU time.
set -euo pipefail

cd "$(dirname "$0")/.."
N=${N:-10000}
BIN=${SRM_LINT:-target/release/srm-lint}
POLICIES=${POLICIES-policies}
OUT=target/pairwise
TIME=/usr/bin/time

# --- corpora: each function writes main.tf (or manifests.yaml) into $1 ---------

s3_logging() { cat >"$1/main.tf" <<EOF
resource "aws_s3_bucket" "logs_a" {
  count  = $N
  bucket = "logs-a-\${count.index}"
}
resource "aws_s3_bucket" "src_a" {
  count  = $N
  bucket = "src-a-\${count.index}"
  logging {
    target_bucket = aws_s3_bucket.logs_a[count.index].id
  }
}
resource "aws_s3_bucket" "logs_b" {
  count  = $N
  bucket = "logs-b-\${count.index}"
}
resource "aws_s3_bucket" "src_b" {
  count  = $N
  bucket = "src-b-\${count.index}"
}
resource "aws_s3_bucket_logging" "b" {
  count         = $N
  bucket        = aws_s3_bucket.src_b[count.index].id
  target_bucket = "logs-b-\${count.index}"
}
resource "aws_s3_bucket" "logs_c" {
  count  = $N
  bucket = "logs-c-\${count.index}"
}
resource "aws_s3_bucket_acl" "c" {
  count  = $N
  bucket = aws_s3_bucket.logs_c[count.index].id
  acl    = "log-delivery-write"
}
EOF
}

s3_split() { cat >"$1/main.tf" <<EOF
resource "aws_s3_bucket" "b" {
  count  = $N
  bucket = "bucket-\${count.index}"
}
resource "aws_s3_bucket_versioning" "v" {
  count  = $N
  bucket = aws_s3_bucket.b[count.index].id
  versioning_configuration { status = "Enabled" }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "e" {
  count  = $N
  bucket = "bucket-\${count.index}"
  rule {
    apply_server_side_encryption_by_default { sse_algorithm = "aws:kms" }
  }
}
EOF
}

s3_sensitive() { cat >"$1/main.tf" <<EOF
resource "aws_s3_bucket" "b" {
  count  = $N
  bucket = "bucket-\${count.index}"
  tags   = { data-classification = "confidential" }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "e" {
  count  = $N
  bucket = aws_s3_bucket.b[count.index].id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = "arn:aws:kms:eu-west-1:111122223333:key/\${count.index}"
    }
  }
}
resource "aws_s3_bucket_lifecycle_configuration" "l" {
  count  = $N
  bucket = aws_s3_bucket.b[count.index].id
  rule {
    id     = "expire"
    status = "Enabled"
    expiration { days = 365 }
  }
}
EOF
}

s3_policy_documents() { cat >"$1/main.tf" <<EOF
resource "aws_s3_bucket" "b" {
  count  = $N
  bucket = "bucket-\${count.index}"
}
resource "aws_s3_bucket_policy" "p" {
  count  = $N
  bucket = aws_s3_bucket.b[count.index].id
  policy = data.aws_iam_policy_document.merged[count.index].json
}
data "aws_iam_policy_document" "tls" {
  count = $N
  statement {
    effect    = "Deny"
    actions   = ["s3:*"]
    resources = ["*"]
    principals {
      type        = "AWS"
      identifiers = ["*"]
    }
    condition {
      test     = "Bool"
      variable = "aws:SecureTransport"
      values   = ["false"]
    }
  }
}
data "aws_iam_policy_document" "merged" {
  count                   = $N
  source_policy_documents = [data.aws_iam_policy_document.tls[count.index].json]
  statement {
    actions   = ["s3:GetObject"]
    resources = ["*"]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::111122223333:root"]
    }
  }
}
EOF
}

# Policy holders of several kinds, each using one of N non-public policy documents.
aws_policy_documents() { cat >"$1/main.tf" <<EOF
data "aws_iam_policy_document" "d" {
  count = $N
  statement {
    actions = ["sts:AssumeRole", "kms:*", "sns:Publish", "s3:GetObject"]
    principals {
      type        = "Service"
      identifiers = ["ec2.amazonaws.com"]
    }
  }
}
resource "aws_iam_role" "r" {
  count              = $N
  name               = "role-\${count.index}"
  assume_role_policy = data.aws_iam_policy_document.d[count.index].json
}
resource "aws_kms_key" "k" {
  count  = $N
  policy = data.aws_iam_policy_document.d[count.index].json
}
resource "aws_sns_topic" "t" {
  count  = $N
  name   = "topic-\${count.index}"
  policy = data.aws_iam_policy_document.d[count.index].json
}
resource "aws_s3_bucket_policy" "p" {
  count  = $N
  bucket = "bucket-\${count.index}"
  policy = data.aws_iam_policy_document.d[count.index].json
}
EOF
}

redshift() { cat >"$1/main.tf" <<EOF
resource "aws_redshift_cluster" "a" {
  count              = $N
  cluster_identifier = "a-\${count.index}"
}
resource "aws_redshift_logging" "a" {
  count                = $N
  cluster_identifier   = aws_redshift_cluster.a[count.index].cluster_identifier
  log_destination_type = "cloudwatch"
}
resource "aws_redshift_cluster" "b" {
  count              = $N
  cluster_identifier = "b-\${count.index}"
}
resource "aws_redshift_logging" "b" {
  count                = $N
  cluster_identifier   = "b-\${count.index}"
  log_destination_type = "cloudwatch"
}
EOF
}

config_recorder() { cat >"$1/main.tf" <<EOF
resource "aws_config_configuration_recorder" "a" {
  count    = $N
  name     = "a-\${count.index}"
  role_arn = "arn:aws:iam::111122223333:role/config"
}
resource "aws_config_configuration_recorder_status" "a" {
  count      = $N
  name       = aws_config_configuration_recorder.a[count.index].name
  is_enabled = true
}
resource "aws_config_configuration_recorder" "b" {
  count    = $N
  name     = "b-\${count.index}"
  role_arn = "arn:aws:iam::111122223333:role/config"
}
resource "aws_config_configuration_recorder_status" "b" {
  count      = $N
  name       = "b-\${count.index}"
  is_enabled = true
}
EOF
}

# N filters for event 4.1 and N notifying alarms, none on a filter's metric.
cis_alarms() { cat >"$1/main.tf" <<EOF
resource "aws_cloudtrail" "t" {
  name                       = "trail"
  s3_bucket_name             = "trail-logs"
  cloud_watch_logs_group_arn = "arn:aws:logs:eu-west-1:111122223333:log-group:trail:*"
}
resource "aws_cloudwatch_log_metric_filter" "f" {
  count          = $N
  name           = "f-\${count.index}"
  log_group_name = "trail"
  pattern        = "{ (\$.errorCode = \"*UnauthorizedOperation\") || (\$.errorCode = \"AccessDenied*\") }"
  metric_transformation {
    name      = "filter-\${count.index}"
    namespace = "CIS"
    value     = "1"
  }
}
resource "aws_cloudwatch_metric_alarm" "a" {
  count               = $N
  alarm_name          = "a-\${count.index}"
  metric_name         = "alarm-\${count.index}"
  namespace           = "CIS"
  comparison_operator = "GreaterThanOrEqualToThreshold"
  evaluation_periods  = 1
  period              = 300
  statistic           = "Sum"
  threshold           = 1
  alarm_actions       = ["arn:aws:sns:eu-west-1:111122223333:alerts"]
}
EOF
}

elb() { cat >"$1/main.tf" <<EOF
resource "aws_lb" "lb" {
  count              = $N
  name               = "lb-\${count.index}"
  load_balancer_type = "network"
}
resource "aws_lb_listener" "l" {
  count             = $N
  load_balancer_arn = aws_lb.lb[count.index].arn
  port              = 80
  default_action {
    type             = "forward"
    target_group_arn = "arn:aws:elasticloadbalancing:eu-west-1:111122223333:targetgroup/t/1"
  }
}
EOF
}

# N configurations (one per registry is the rule, `count` makes N), each with a
# filter naming one repository and the same wildcard filter. (N distinct wildcard
# filters would still be matched against every repository: a glob has no index.)
ecr() { cat >"$1/main.tf" <<EOF
resource "aws_ecr_repository" "r" {
  count = $N
  name  = "team/repo-\${count.index}"
}
resource "aws_ecr_registry_scanning_configuration" "c" {
  count     = $N
  scan_type = "ENHANCED"
  rule {
    scan_frequency = "SCAN_ON_PUSH"
    repository_filter {
      filter      = "team/repo-\${count.index}"
      filter_type = "WILDCARD"
    }
    repository_filter {
      filter      = "team/other-*"
      filter_type = "WILDCARD"
    }
  }
}
EOF
}

backup() { cat >"$1/main.tf" <<EOF
resource "aws_dynamodb_table" "t" {
  count    = $N
  name     = "t-\${count.index}"
  hash_key = "id"
  tags     = { data-classification = "confidential" }
}
resource "aws_backup_selection" "t" {
  count        = $N
  name         = "t-\${count.index}"
  plan_id      = "plan"
  iam_role_arn = "arn:aws:iam::111122223333:role/backup"
  resources    = [aws_dynamodb_table.t[count.index].arn]
}
resource "aws_ebs_volume" "v" {
  count             = $N
  availability_zone = "eu-west-1a"
  size              = 10
  tags              = { data-classification = "restricted" }
}
resource "aws_instance" "i" {
  count         = $N
  ami           = "ami-12345678"
  instance_type = "t3.micro"
}
resource "aws_volume_attachment" "a" {
  count       = $N
  device_name = "/dev/sdh"
  volume_id   = aws_ebs_volume.v[count.index].id
  instance_id = aws_instance.i[count.index].id
}
resource "aws_backup_selection" "i" {
  count        = $N
  name         = "i-\${count.index}"
  plan_id      = "plan"
  iam_role_arn = "arn:aws:iam::111122223333:role/backup"
  resources    = [aws_instance.i[count.index].arn]
}
resource "aws_db_instance" "d" {
  count          = $N
  instance_class = "db.t3.micro"
  tags           = { data-classification = "confidential", backup = "d-\${count.index}" }
}
resource "aws_backup_selection" "d" {
  count        = $N
  name         = "d-\${count.index}"
  plan_id      = "plan"
  iam_role_arn = "arn:aws:iam::111122223333:role/backup"
  selection_tag {
    type  = "STRINGEQUALS"
    key   = "backup"
    value = "d-\${count.index}"
  }
}
EOF
}

cloudfront() { cat >"$1/main.tf" <<EOF
resource "aws_cloudfront_distribution" "d" {
  count   = $N
  enabled = true
}
resource "aws_cloudwatch_log_delivery_source" "s" {
  count        = $N
  name         = "s-\${count.index}"
  log_type     = "ACCESS_LOGS"
  resource_arn = aws_cloudfront_distribution.d[count.index].arn
}
EOF
}

secrets() { cat >"$1/main.tf" <<EOF
resource "aws_secretsmanager_secret" "a" {
  count      = $N
  name       = "a-\${count.index}"
  kms_key_id = data.aws_kms_key.k[count.index].arn
}
resource "aws_secretsmanager_secret_rotation" "a" {
  count               = $N
  secret_id           = aws_secretsmanager_secret.a[count.index].id
  rotation_lambda_arn = "arn:aws:lambda:eu-west-1:111122223333:function:rotate"
  rotation_rules { automatically_after_days = 30 }
}
resource "aws_secretsmanager_secret" "b" {
  count      = $N
  name       = "b-\${count.index}"
  kms_key_id = data.aws_kms_key.k[count.index].arn
}
resource "aws_secretsmanager_secret_rotation" "b" {
  count               = $N
  secret_id           = "b-\${count.index}"
  rotation_lambda_arn = "arn:aws:lambda:eu-west-1:111122223333:function:rotate"
  rotation_rules { automatically_after_days = 30 }
}
data "aws_kms_key" "k" {
  count  = $N
  key_id = "alias/secrets-\${count.index}"
}
EOF
}

vpc_flow_logs() { cat >"$1/main.tf" <<EOF
resource "aws_vpc" "v" {
  count      = $N
  cidr_block = "10.0.0.0/16"
}
resource "aws_flow_log" "v" {
  count                = $N
  vpc_id               = aws_vpc.v[count.index].id
  traffic_type         = "ALL"
  log_destination      = "arn:aws:s3:::flow-logs"
  log_destination_type = "s3"
}
EOF
}

nacl() { cat >"$1/main.tf" <<EOF
resource "aws_network_acl" "a" {
  count  = $N
  vpc_id = "vpc-12345678"
}
resource "aws_network_acl_rule" "deny_ssh" {
  count          = $N
  network_acl_id = aws_network_acl.a[count.index].id
  rule_number    = 100 + count.index
  protocol       = "tcp"
  rule_action    = "deny"
  cidr_block     = "0.0.0.0/0"
  from_port      = 22
  to_port        = 22
}
resource "aws_network_acl_rule" "allow_all" {
  count          = $N
  network_acl_id = aws_network_acl.a[count.index].id
  rule_number    = 20000 + count.index
  protocol       = "tcp"
  rule_action    = "allow"
  cidr_block     = "0.0.0.0/0"
  from_port      = 0
  to_port        = 65535
}
EOF
}

gcp_storage_logging() { cat >"$1/main.tf" <<EOF
resource "google_storage_bucket" "logs_a" {
  count    = $N
  name     = "logs-a-\${count.index}"
  location = "EU"
}
resource "google_storage_bucket" "src_a" {
  count    = $N
  name     = "src-a-\${count.index}"
  location = "EU"
  logging { log_bucket = google_storage_bucket.logs_a[count.index].name }
}
resource "google_storage_bucket" "logs_b" {
  count    = $N
  name     = "logs-b-\${count.index}"
  location = "EU"
}
resource "google_storage_bucket" "src_b" {
  count    = $N
  name     = "src-b-\${count.index}"
  location = "EU"
  logging { log_bucket = "logs-b-\${count.index}" }
}
EOF
}

gcp_log_sinks() { cat >"$1/main.tf" <<EOF
resource "google_storage_bucket" "b" {
  count    = $N
  name     = "sink-\${count.index}"
  location = "EU"
  retention_policy {
    retention_period = 86400
    is_locked        = true
  }
}
resource "google_logging_project_sink" "s" {
  count       = $N
  name        = "s-\${count.index}"
  destination = "storage.googleapis.com/\${google_storage_bucket.b[count.index].name}"
}
EOF
}

gcp_audit() { cat >"$1/main.tf" <<EOF
resource "google_project" "a" {
  count      = $N
  name       = "a-\${count.index}"
  project_id = "a-\${count.index}"
}
resource "google_project_iam_audit_config" "a" {
  count   = $N
  project = google_project.a[count.index].project_id
  service = "allServices"
  audit_log_config { log_type = "ADMIN_READ" }
  audit_log_config { log_type = "DATA_READ" }
  audit_log_config { log_type = "DATA_WRITE" }
}
resource "google_project" "b" {
  count      = $N
  name       = "b-\${count.index}"
  project_id = "b-\${count.index}"
}
resource "google_project_iam_audit_config" "b" {
  count   = $N
  project = "b-\${count.index}"
  service = "allServices"
  audit_log_config { log_type = "ADMIN_READ" }
  audit_log_config { log_type = "DATA_READ" }
  audit_log_config { log_type = "DATA_WRITE" }
}
EOF
}

gcp_bigquery() { cat >"$1/main.tf" <<EOF
resource "google_bigquery_dataset" "a" {
  count      = $N
  dataset_id = "a_\${count.index}"
  labels     = { data-classification = "confidential" }
  default_encryption_configuration { kms_key_name = "projects/p/locations/eu/keyRings/r/cryptoKeys/k" }
}
resource "google_bigquery_table" "a" {
  count      = $N
  dataset_id = google_bigquery_dataset.a[count.index].dataset_id
  table_id   = "t"
  labels     = { data-classification = "confidential" }
}
resource "google_bigquery_dataset" "b" {
  count      = $N
  dataset_id = "b_\${count.index}"
  labels     = { data-classification = "confidential" }
  default_encryption_configuration { kms_key_name = "projects/p/locations/eu/keyRings/r/cryptoKeys/k" }
}
resource "google_bigquery_table" "b" {
  count      = $N
  dataset_id = "b_\${count.index}"
  table_id   = "t"
  labels     = { data-classification = "confidential" }
}
EOF
}

# IAM policies of several scopes, each using one of N data.google_iam_policy
# that grant no basic, impersonation or public role.
gcp_iam_policies() { cat >"$1/main.tf" <<EOF
data "google_iam_policy" "d" {
  count = $N
  binding {
    role    = "roles/storage.objectViewer"
    members = ["user:someone-\${count.index}@example.com"]
  }
}
resource "google_project_iam_policy" "p" {
  count       = $N
  project     = "p-\${count.index}"
  policy_data = data.google_iam_policy.d[count.index].policy_data
}
resource "google_storage_bucket_iam_policy" "b" {
  count       = $N
  bucket      = "b-\${count.index}"
  policy_data = data.google_iam_policy.d[count.index].policy_data
}
resource "google_kms_crypto_key_iam_policy" "k" {
  count         = $N
  crypto_key_id = "k-\${count.index}"
  policy_data   = data.google_iam_policy.d[count.index].policy_data
}
resource "google_bigquery_dataset_iam_policy" "q" {
  count       = $N
  dataset_id  = "q_\${count.index}"
  policy_data = data.google_iam_policy.d[count.index].policy_data
}
EOF
}

aks() { cat >"$1/main.tf" <<EOF
resource "azurerm_kubernetes_cluster" "k" {
  count               = $N
  name                = "k-\${count.index}"
  location            = "westeurope"
  resource_group_name = "rg"
  dns_prefix          = "k\${count.index}"
}
resource "azurerm_monitor_diagnostic_setting" "k" {
  count              = $N
  name               = "k-\${count.index}"
  target_resource_id = azurerm_kubernetes_cluster.k[count.index].id
  enabled_log { category = "kube-audit" }
}
EOF
}

azure_storage() { cat >"$1/main.tf" <<EOF
resource "azurerm_storage_account" "private" {
  count                         = $N
  name                          = "private\${count.index}"
  resource_group_name           = "rg"
  location                      = "westeurope"
  account_tier                  = "Standard"
  account_replication_type      = "LRS"
  public_network_access_enabled = false
}
resource "azurerm_storage_account_network_rules" "private" {
  count              = $N
  storage_account_id = azurerm_storage_account.private[count.index].id
  default_action     = "Allow"
}
resource "azurerm_storage_account" "public" {
  count                    = $N
  name                     = "public\${count.index}"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "LRS"
  tags                     = { data-classification = "confidential" }
}
resource "azurerm_storage_account_network_rules" "public" {
  count                = $N
  storage_account_name = "public\${count.index}"
  resource_group_name  = "rg"
  default_action       = "Deny"
}
resource "azurerm_storage_account_customer_managed_key" "public" {
  count              = $N
  storage_account_id = azurerm_storage_account.public[count.index].id
  key_vault_id       = "kv"
  key_name           = "k"
}
resource "azurerm_storage_queue" "q" {
  count              = $N
  name               = "q\${count.index}"
  storage_account_id = azurerm_storage_account.public[count.index].id
}
resource "azurerm_storage_account_queue_properties" "public" {
  count              = $N
  storage_account_id = azurerm_storage_account.public[count.index].id
  logging {
    version               = "1.0"
    delete                = true
    read                  = true
    write                 = true
    retention_policy_days = 7
  }
}
EOF
}

azure_sql() { cat >"$1/main.tf" <<EOF
resource "azurerm_mssql_server" "s" {
  count               = $N
  name                = "sql-\${count.index}"
  resource_group_name = "rg"
  location            = "westeurope"
  version             = "12.0"
}
resource "azurerm_mssql_server_extended_auditing_policy" "s" {
  count     = $N
  server_id = azurerm_mssql_server.s[count.index].id
}
resource "azurerm_sql_active_directory_administrator" "s" {
  count               = $N
  server_name         = "sql-\${count.index}"
  resource_group_name = "rg"
  login               = "admin"
  tenant_id           = "t"
  object_id           = "o"
}
EOF
}

# N Deployments, each with its NetworkPolicy, ServiceAccount and a pod-level
# securityContext that its container inherits; in three `kind: List` documents
# (a file may hold at most 10,000 YAML documents).
k8s_workloads() {
  local i
  {
    echo "apiVersion: v1"
    echo "kind: List"
    echo "items:"
    for ((i = 0; i < N; i++)); do
      cat <<EOF
- apiVersion: apps/v1
  kind: Deployment
  metadata: {name: app-$i, namespace: prod, labels: {app: app-$i}}
  spec:
    selector: {matchLabels: {app: app-$i}}
    template:
      metadata: {labels: {app: app-$i, tier: web}}
      spec:
        serviceAccountName: sa-$i
        securityContext: {runAsUser: 0, runAsGroup: 0, seccompProfile: {type: Unconfined}}
        containers: [{name: app, image: "registry.example.com/app@sha256:0000000000000000000000000000000000000000000000000000000000000000"}]
EOF
    done
    echo "---"
    echo "apiVersion: v1"
    echo "kind: List"
    echo "items:"
    for ((i = 0; i < N; i++)); do
      cat <<EOF
- apiVersion: networking.k8s.io/v1
  kind: NetworkPolicy
  metadata: {name: app-$i, namespace: prod}
  spec:
    podSelector: {matchLabels: {tier: web, app: app-$i}}
    policyTypes: [Ingress]
EOF
    done
    echo "---"
    echo "apiVersion: v1"
    echo "kind: List"
    echo "items:"
    for ((i = 0; i < N; i++)); do
      cat <<EOF
- apiVersion: v1
  kind: ServiceAccount
  metadata: {name: sa-$i, namespace: prod}
  automountServiceAccountToken: false
EOF
    done
  } >"$1/manifests.yaml"
}

# --- policy id -> corpus --------------------------------------------------------

declare -A CORPUS=(
  [SRM-AWS-S3-005]=s3_logging
  [SRM-AWS-S3-001]=s3_split
  [SRM-AWS-S3-004]=s3_split
  [SRM-AWS-S3-008]=s3_sensitive
  [SRM-AWS-S3-009]=s3_sensitive
  [SRM-AWS-VPC-002]=vpc_flow_logs
  [SRM-AWS-S3-006]=s3_policy_documents
  [SRM-AWS-S3-007]=aws_policy_documents
  [SRM-AWS-IAM-003]=aws_policy_documents
  [SRM-AWS-KMS-002]=aws_policy_documents
  [SRM-AWS-SNS-002]=aws_policy_documents
  [SRM-AWS-REDSHIFT-003]=redshift
  [SRM-AWS-CONFIG-002]=config_recorder
  [SRM-AWS-CLOUDWATCH-003]=cis_alarms
  [SRM-AWS-ELB-001]=elb
  [SRM-AWS-ECR-001]=ecr
  [SRM-AWS-BACKUP-001]=backup
  [SRM-AWS-CLOUDFRONT-003]=cloudfront
  [SRM-AWS-SECRETSMANAGER-001]=secrets
  [SRM-AWS-SECRETSMANAGER-002]=secrets
  [SRM-AWS-VPC-005]=nacl
  [SRM-GCP-STORAGE-005]=gcp_storage_logging
  [SRM-GCP-STORAGE-007]=gcp_log_sinks
  [SRM-GCP-LOGGING-001]=gcp_audit
  [SRM-GCP-BIGQUERY-002]=gcp_bigquery
  [SRM-GCP-BIGQUERY-001]=gcp_iam_policies
  [SRM-GCP-IAM-001]=gcp_iam_policies
  [SRM-GCP-IAM-002]=gcp_iam_policies
  [SRM-GCP-KMS-002]=gcp_iam_policies
  [SRM-GCP-STORAGE-003]=gcp_iam_policies
  [SRM-AZURE-AKS-007]=aks
  [SRM-AZURE-STORAGE-005]=azure_storage
  [SRM-AZURE-STORAGE-006]=azure_storage
  [SRM-AZURE-STORAGE-008]=azure_storage
  [SRM-AZURE-SQL-003]=azure_sql
  [SRM-AZURE-SQL-005]=azure_sql
  [SRM-K8S-NET-001]=k8s_workloads
  [SRM-K8S-SA-001]=k8s_workloads
  [SRM-K8S-POD-003]=k8s_workloads
  [SRM-K8S-POD-008]=k8s_workloads
  [SRM-K8S-POD-018]=k8s_workloads
)

if [ $# -gt 0 ]; then ids=("$@"); else mapfile -t ids < <(printf '%s\n' "${!CORPUS[@]}" | sort); fi

if [ -n "$POLICIES" ]; then export SRM_LINT_BUILTIN_DIR="$POLICIES"; fi

printf '%-28s %7s %9s %10s %9s\n' policy N seconds peak-RSS findings
for id in "${ids[@]}"; do
  corpus=${CORPUS[$id]:-}
  if [ -z "$corpus" ]; then echo "unknown policy id $id (known: ${!CORPUS[*]})" >&2; exit 2; fi
  dir=$OUT/$corpus-$N
  if [ ! -d "$dir" ]; then mkdir -p "$dir"; "$corpus" "$dir"; fi
  log=$(mktemp)
  # Exit status 1 means findings; the time limit shows up as an error line.
  $TIME -f '%e %M' -o "$log.time" "$BIN" --format compact --no-config --policy "$id" "$dir" >"$log" 2>&1 || true
  read -r seconds rss < <(tail -n 1 "$log.time")
  findings=$(grep -c " $id \[" "$log" || true)
  note=""
  if grep -q "stopped after" "$log"; then
    note="TIME LIMIT"
  elif grep -q ": error " "$log"; then
    note="ERROR: $(grep -m 1 ": error " "$log")"
  fi
  printf '%-28s %7s %9s %8d MB %9s %s\n' "$id" "$N" "$seconds" "$((rss / 1024))" "$findings" "$note"
  rm -f "$log" "$log.time"
done
