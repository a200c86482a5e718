//! Terraform module generator: AWS module directories of 3–8 `.tf` files in the shapes real repositories use
//! (split S3 bucket resources, security groups, IAM `jsonencode` policies, RDS, EC2, KMS, CloudTrail ...),
//! mixing secure and insecure settings so that the linter has findings to report.

use super::{
    ENVS, GeneratedFile, Layout, MAX_FILE, Names, REGIONS, Rng, SERVICES, TEAMS, file_budget, tpl,
};

#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Main,
    Variables,
    Outputs,
    Versions,
    S3,
    Iam,
    Network,
    Rds,
    Compute,
    Kms,
    Cloudtrail,
    Data,
    Locals,
}

/// Files a module may have besides the always-present main/variables/outputs trio.
const OPTIONAL: [Kind; 10] = [
    Kind::S3,
    Kind::Iam,
    Kind::Network,
    Kind::Rds,
    Kind::Compute,
    Kind::Kms,
    Kind::Cloudtrail,
    Kind::Data,
    Kind::Locals,
    Kind::Versions,
];

impl Kind {
    fn file_name(self) -> &'static str {
        match self {
            Kind::Main => "main.tf",
            Kind::Variables => "variables.tf",
            Kind::Outputs => "outputs.tf",
            Kind::Versions => "versions.tf",
            Kind::S3 => "s3.tf",
            Kind::Iam => "iam.tf",
            Kind::Network => "network.tf",
            Kind::Rds => "rds.tf",
            Kind::Compute => "compute.tf",
            Kind::Kms => "kms.tf",
            Kind::Cloudtrail => "cloudtrail.tf",
            Kind::Data => "data.tf",
            Kind::Locals => "locals.tf",
        }
    }

    /// Size relative to the drawn budget: version pins and outputs are small in real repositories.
    fn scale_pct(self) -> usize {
        match self {
            Kind::Versions => 15,
            Kind::Outputs => 40,
            Kind::Locals => 60,
            Kind::Data => 70,
            Kind::Variables => 110,
            Kind::Main => 120,
            _ => 100,
        }
    }
}

struct Module {
    service: &'static str,
    team: &'static str,
    env: &'static str,
    region: &'static str,
    /// Root configurations carry a state backend; reusable `modules/` directories do not.
    is_root: bool,
    /// `../` chain from this directory back to the repository root, for local module sources.
    to_root: String,
    /// Chance (in percent) that a given setting is the secure one; "legacy" modules are sloppier.
    secure_pct: usize,
    /// Resource names are unique per module across files, as Terraform requires.
    names: Names,
    /// Whether the corpus has the shared local modules (`modules/shared/*`) that `module` blocks call.
    shared: bool,
}

impl Module {
    fn secure(&self, rng: &mut Rng) -> bool {
        rng.percent(self.secure_pct)
    }

    fn name(&mut self, base: &str) -> String {
        self.names.unique(base, "_")
    }
}

/// One module directory with exactly `count` files.
pub fn module(
    rng: &mut Rng,
    layout: &mut Layout,
    count: usize,
    shared: bool,
) -> Vec<GeneratedFile> {
    let (mut m, dir) = new_module(rng, layout);
    m.shared = shared;
    let kinds = pick_kinds(rng, count);
    let has_versions = kinds.contains(&Kind::Versions);

    // Outputs and variables are derived from what the other files define and reference, so they go last.
    let mut rendered: Vec<(Kind, String)> = Vec::with_capacity(count);
    for &kind in kinds
        .iter()
        .filter(|k| !matches!(k, Kind::Variables | Kind::Outputs))
    {
        let budget = file_budget(rng, kind.scale_pct());
        rendered.push((kind, resource_file(kind, &mut m, rng, budget, has_versions)));
    }
    if kinds.contains(&Kind::Outputs) {
        let budget = file_budget(rng, Kind::Outputs.scale_pct());
        let others: Vec<&str> = rendered.iter().map(|(_, text)| text.as_str()).collect();
        rendered.push((Kind::Outputs, outputs_file(&m, budget, &others)));
    }
    if kinds.contains(&Kind::Variables) {
        let budget = file_budget(rng, Kind::Variables.scale_pct());
        let others: Vec<&str> = rendered.iter().map(|(_, text)| text.as_str()).collect();
        rendered.push((Kind::Variables, variables_file(&m, rng, budget, &others)));
    }
    rendered
        .into_iter()
        .map(|(kind, contents)| GeneratedFile {
            path: dir.join(kind.file_name()),
            contents,
        })
        .collect()
}

fn new_module(rng: &mut Rng, layout: &mut Layout) -> (Module, std::path::PathBuf) {
    const COMPONENTS: &[&str] = &[
        "core",
        "storage",
        "data",
        "edge",
        "compute",
        "observability",
        "iam",
        "network",
        "queue",
        "cache",
    ];
    const REUSABLE: &[&str] = &[
        "s3-bucket",
        "vpc",
        "rds-postgres",
        "ecs-service",
        "iam-role",
        "kms",
        "cloudtrail",
        "bastion",
        "alb",
        "lambda",
        "elasticache",
        "sqs",
    ];
    let service = rng.pick(SERVICES);
    let env = rng.pick(ENVS);
    let region = rng.pick(REGIONS);
    let (dir, is_root) = match rng.below(10) {
        0..=4 => (
            format!("services/{service}/infra/{env}/{}", rng.pick(COMPONENTS)),
            true,
        ),
        5..=7 => (
            format!("modules/{}/{}", rng.pick(TEAMS), rng.pick(REUSABLE)),
            false,
        ),
        _ => (
            format!("live/{env}/{region}/{}", rng.pick(COMPONENTS)),
            true,
        ),
    };
    let dir = layout.claim(&dir, "");
    let to_root = "../".repeat(dir.components().count());
    let module = Module {
        service,
        team: rng.pick(TEAMS),
        env,
        region,
        is_root,
        to_root,
        secure_pct: if rng.percent(25) { 45 } else { 85 },
        names: Names::default(),
        shared: false,
    };
    (module, dir)
}

fn pick_kinds(rng: &mut Rng, count: usize) -> Vec<Kind> {
    let mut kinds = vec![Kind::Main, Kind::Variables, Kind::Outputs];
    kinds.truncate(count);
    let mut optional = OPTIONAL.to_vec();
    rng.shuffle(&mut optional);
    kinds.extend(optional.into_iter().take(count.saturating_sub(3)));
    kinds
}

/// Appends resource groups until the file reaches its budget (always at least one group).
fn resource_file(
    kind: Kind,
    m: &mut Module,
    rng: &mut Rng,
    budget: usize,
    has_versions: bool,
) -> String {
    let mut out = format!(
        "# {} — {} ({}), owned by team {}\n",
        kind.file_name(),
        m.service,
        m.env,
        m.team
    );
    let mut first = true;
    while first || out.len() < budget {
        let unit = match kind {
            Kind::Main if first => preamble(m, !has_versions),
            Kind::Main => main_unit(m, rng),
            Kind::Versions if first => terraform_block(m),
            Kind::Versions => provider_alias(rng),
            Kind::S3 => s3_bucket(m, rng),
            Kind::Iam => iam_role(m, rng),
            Kind::Network if first && rng.percent(50) => vpc(m, rng),
            Kind::Network => security_group(m, rng),
            Kind::Rds => rds(m, rng),
            Kind::Compute if rng.percent(70) => instance(m, rng),
            Kind::Compute => launch_template(m, rng),
            Kind::Kms => kms_key(m, rng),
            Kind::Cloudtrail => cloudtrail(m, rng),
            Kind::Data if first => account_data(),
            Kind::Data if rng.percent(40) => ami_data(m),
            Kind::Data => policy_document(m, rng),
            Kind::Locals => locals(m, rng),
            Kind::Variables | Kind::Outputs => {
                unreachable!("derived files are rendered separately")
            }
        };
        if !first && out.len() + 1 + unit.len() > MAX_FILE {
            break;
        }
        out.push('\n');
        out.push_str(&unit);
        first = false;
    }
    out
}

// ---------------------------------------------------------------------------------------------------------
// main.tf / versions.tf

fn terraform_block(m: &Module) -> String {
    let backend = if m.is_root {
        tpl(
            r#"
  backend "s3" {
    bucket         = "acme-terraform-state-@env@"
    key            = "@service@/@region@/terraform.tfstate"
    region         = "us-east-1"
    dynamodb_table = "terraform-locks"
    encrypt        = true
  }
"#,
            &[
                ("env", &m.env),
                ("service", &m.service),
                ("region", &m.region),
            ],
        )
    } else {
        String::new()
    };
    tpl(
        r#"terraform {
  required_version = ">= 1.5.0"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.40"
    }
    random = {
      source  = "hashicorp/random"
      version = ">= 3.6"
    }
  }
@backend@}
"#,
        &[("backend", &backend)],
    )
}

fn preamble(m: &Module, with_terraform_block: bool) -> String {
    let terraform = if with_terraform_block {
        terraform_block(m) + "\n"
    } else {
        String::new()
    };
    tpl(
        r#"@terraform@provider "aws" {
  region = var.region

  default_tags {
    tags = local.tags
  }
}

locals {
  name_prefix = "${var.project}-${var.environment}"
  is_prod     = var.environment == "prod"

  tags = merge(var.tags, {
    Service     = "@service@"
    Environment = var.environment
    ManagedBy   = "terraform"
    Owner       = "@team@"
    CostCenter  = "cc-@cost_center@"
  })
}
"#,
        &[
            ("terraform", &terraform),
            ("service", &m.service),
            ("team", &m.team),
            ("cost_center", &(1000 + m.service.len() * 37)),
        ],
    )
}

fn provider_alias(rng: &mut Rng) -> String {
    let region = rng.pick(REGIONS);
    tpl(
        r#"provider "aws" {
  alias  = "@alias@"
  region = "@region@"

  assume_role {
    role_arn     = "arn:aws:iam::${var.account_id}:role/terraform-deployer"
    session_name = "terraform-@alias@"
  }
}
"#,
        &[("alias", &region.replace('-', "_")), ("region", &region)],
    )
}

fn main_unit(m: &mut Module, rng: &mut Rng) -> String {
    match rng.below(10) {
        0..=1 => vpc_module(m, rng),
        2..=5 if m.shared => local_module(m, rng),
        2..=5 => s3_bucket(m, rng),
        6..=7 => instance(m, rng),
        8 => kms_key(m, rng),
        _ => s3_bucket(m, rng),
    }
}

fn vpc_module(m: &mut Module, rng: &mut Rng) -> String {
    let flow_logs = m.secure(rng);
    tpl(
        r#"module "@name@" {
  source  = "terraform-aws-modules/vpc/aws"
  version = "~> 5.8"

  name = "${local.name_prefix}-vpc"
  cidr = var.vpc_cidr

  azs             = ["@region@a", "@region@b", "@region@c"]
  private_subnets = [for i in range(3) : cidrsubnet(var.vpc_cidr, 4, i)]
  public_subnets  = [for i in range(3) : cidrsubnet(var.vpc_cidr, 8, i + 48)]

  enable_nat_gateway   = true
  single_nat_gateway   = !local.is_prod
  enable_dns_hostnames = true

  enable_flow_log                      = @flow_logs@
  create_flow_log_cloudwatch_log_group = @flow_logs@
  flow_log_max_aggregation_interval    = 60

  tags = local.tags
}
"#,
        &[
            ("name", &m.name("vpc")),
            ("region", &m.region),
            ("flow_logs", &flow_logs),
        ],
    )
}

fn local_module(m: &mut Module, rng: &mut Rng) -> String {
    // (module directory, module-specific arguments)
    const TARGETS: &[(&str, &str)] = &[
        (
            "sqs",
            r#"  for_each = toset(var.queues)

  queue_name                 = "${local.name_prefix}-${each.key}"
  visibility_timeout_seconds = 60
  sqs_managed_sse_enabled    = true
"#,
        ),
        (
            "ecs-service",
            r#"  cluster_arn   = var.cluster_arn
  desired_count = local.is_prod ? 3 : 1
  cpu           = 512
  memory        = 1024
  subnet_ids    = var.private_subnet_ids
"#,
        ),
        (
            "alb",
            r#"  vpc_id          = var.vpc_id
  subnet_ids      = var.private_subnet_ids
  internal        = true
  certificate_arn = var.certificate_arn
  ssl_policy      = "ELBSecurityPolicy-TLS13-1-2-2021-06"
"#,
        ),
        (
            "elasticache",
            r#"  node_type                  = "cache.r7g.large"
  num_cache_clusters         = 2
  transit_encryption_enabled = true
  at_rest_encryption_enabled = true
  subnet_ids                 = var.private_subnet_ids
"#,
        ),
        (
            "lambda",
            r#"  runtime               = "python3.12"
  handler               = "app.handler"
  timeout               = 30
  memory_size           = 256
  environment_variables = {
    LOG_LEVEL = local.is_prod ? "INFO" : "DEBUG"
    STAGE     = var.environment
  }
"#,
        ),
        (
            "s3-bucket",
            r#"  versioning    = var.enable_versioning
  force_destroy = !local.is_prod
  lifecycle_rules = [
    { id = "logs", prefix = "logs/", expiration_days = 90 },
    { id = "tmp", prefix = "tmp/", expiration_days = 7 },
  ]
"#,
        ),
    ];
    let (target, body) = rng.pick(TARGETS);
    tpl(
        r#"module "@name@" {
  source = "@to_root@modules/shared/@target@"

@body@
  name        = "${local.name_prefix}-@target@"
  environment = var.environment
  kms_key_arn = var.kms_key_arn
  tags        = local.tags
}
"#,
        &[
            ("name", &m.name(&target.replace('-', "_"))),
            ("to_root", &m.to_root),
            ("target", &target),
            ("body", &body),
        ],
    )
}

/// The local modules that `local_module` calls, one `main.tf` each under `modules/shared/`: variables for
/// every argument the callers pass, resources that use them, a dynamic block over a list variable and outputs.
pub const SHARED_MODULES: &[(&str, &str)] = &[
    (
        "sqs",
        r#"variable "queue_name" { type = string }
variable "visibility_timeout_seconds" {
  type    = number
  default = 30
}
variable "sqs_managed_sse_enabled" {
  type    = bool
  default = false
}
variable "name" { type = string }
variable "environment" { type = string }
variable "kms_key_arn" {
  type    = string
  default = null
}
variable "tags" {
  type    = map(string)
  default = {}
}

resource "aws_sqs_queue" "this" {
  name                       = var.queue_name
  visibility_timeout_seconds = var.visibility_timeout_seconds
  sqs_managed_sse_enabled    = var.kms_key_arn == null ? var.sqs_managed_sse_enabled : null
  kms_master_key_id          = var.kms_key_arn
  tags                       = merge(var.tags, { Environment = var.environment })
}

output "queue_arn" {
  value = aws_sqs_queue.this.arn
}
"#,
    ),
    (
        "ecs-service",
        r#"variable "cluster_arn" { type = string }
variable "desired_count" {
  type    = number
  default = 1
}
variable "cpu" { type = number }
variable "memory" { type = number }
variable "subnet_ids" { type = list(string) }
variable "name" { type = string }
variable "environment" { type = string }
variable "kms_key_arn" {
  type    = string
  default = null
}
variable "tags" {
  type    = map(string)
  default = {}
}

resource "aws_ecs_task_definition" "this" {
  family                   = var.name
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = var.cpu
  memory                   = var.memory
  container_definitions = jsonencode([{
    name      = var.name
    image     = "public.ecr.aws/docker/library/nginx:1.27"
    essential = true
    environment = [{ name = "STAGE", value = var.environment }]
  }])
  tags = var.tags
}

resource "aws_ecs_service" "this" {
  name            = var.name
  cluster         = var.cluster_arn
  task_definition = aws_ecs_task_definition.this.arn
  desired_count   = var.desired_count
  launch_type     = "FARGATE"

  network_configuration {
    subnets          = var.subnet_ids
    assign_public_ip = false
  }
  tags = var.tags
}
"#,
    ),
    (
        "alb",
        r#"variable "vpc_id" { type = string }
variable "subnet_ids" { type = list(string) }
variable "internal" {
  type    = bool
  default = false
}
variable "certificate_arn" { type = string }
variable "ssl_policy" {
  type    = string
  default = "ELBSecurityPolicy-2016-08"
}
variable "name" { type = string }
variable "environment" { type = string }
variable "kms_key_arn" {
  type    = string
  default = null
}
variable "tags" {
  type    = map(string)
  default = {}
}

resource "aws_lb" "this" {
  name                       = substr(var.name, 0, 32)
  internal                   = var.internal
  load_balancer_type         = "application"
  subnets                    = var.subnet_ids
  drop_invalid_header_fields = true
  tags                       = var.tags
}

resource "aws_lb_listener" "https" {
  load_balancer_arn = aws_lb.this.arn
  port              = 443
  protocol          = "HTTPS"
  ssl_policy        = var.ssl_policy
  certificate_arn   = var.certificate_arn

  default_action {
    type = "fixed-response"
    fixed_response {
      content_type = "text/plain"
      status_code  = "404"
    }
  }
}

output "dns_name" {
  value = aws_lb.this.dns_name
}
"#,
    ),
    (
        "elasticache",
        r#"variable "node_type" { type = string }
variable "num_cache_clusters" {
  type    = number
  default = 1
}
variable "transit_encryption_enabled" {
  type    = bool
  default = false
}
variable "at_rest_encryption_enabled" {
  type    = bool
  default = false
}
variable "subnet_ids" { type = list(string) }
variable "name" { type = string }
variable "environment" { type = string }
variable "kms_key_arn" {
  type    = string
  default = null
}
variable "tags" {
  type    = map(string)
  default = {}
}

resource "aws_elasticache_subnet_group" "this" {
  name       = var.name
  subnet_ids = var.subnet_ids
}

resource "aws_elasticache_replication_group" "this" {
  replication_group_id       = var.name
  description                = "${var.name} (${var.environment})"
  node_type                  = var.node_type
  num_cache_clusters         = var.num_cache_clusters
  subnet_group_name          = aws_elasticache_subnet_group.this.name
  transit_encryption_enabled = var.transit_encryption_enabled
  at_rest_encryption_enabled = var.at_rest_encryption_enabled
  kms_key_id                 = var.kms_key_arn
  tags                       = var.tags
}
"#,
    ),
    (
        "lambda",
        r#"variable "runtime" { type = string }
variable "handler" { type = string }
variable "timeout" {
  type    = number
  default = 3
}
variable "memory_size" {
  type    = number
  default = 128
}
variable "environment_variables" {
  type    = map(string)
  default = {}
}
variable "name" { type = string }
variable "environment" { type = string }
variable "kms_key_arn" {
  type    = string
  default = null
}
variable "tags" {
  type    = map(string)
  default = {}
}

resource "aws_iam_role" "this" {
  name = "${var.name}-lambda"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRole"
      Principal = { Service = "lambda.amazonaws.com" }
    }]
  })
}

resource "aws_lambda_function" "this" {
  function_name = var.name
  role          = aws_iam_role.this.arn
  runtime       = var.runtime
  handler       = var.handler
  timeout       = var.timeout
  memory_size   = var.memory_size
  filename      = "${path.module}/build/${var.name}.zip"
  kms_key_arn   = var.kms_key_arn

  dynamic "environment" {
    for_each = length(var.environment_variables) > 0 ? [var.environment_variables] : []
    content {
      variables = environment.value
    }
  }

  tracing_config {
    mode = var.environment == "prod" ? "Active" : "PassThrough"
  }
  tags = var.tags
}
"#,
    ),
    (
        "s3-bucket",
        r#"variable "versioning" {
  type    = bool
  default = false
}
variable "force_destroy" {
  type    = bool
  default = false
}
variable "lifecycle_rules" {
  type = list(object({
    id              = string
    prefix          = string
    expiration_days = number
  }))
  default = []
}
variable "name" { type = string }
variable "environment" { type = string }
variable "kms_key_arn" {
  type    = string
  default = null
}
variable "tags" {
  type    = map(string)
  default = {}
}

resource "aws_s3_bucket" "this" {
  bucket        = var.name
  force_destroy = var.force_destroy
  tags          = var.tags
}

resource "aws_s3_bucket_versioning" "this" {
  bucket = aws_s3_bucket.this.id
  versioning_configuration {
    status = var.versioning ? "Enabled" : "Suspended"
  }
}

resource "aws_s3_bucket_server_side_encryption_configuration" "this" {
  bucket = aws_s3_bucket.this.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = var.kms_key_arn == null ? "AES256" : "aws:kms"
      kms_master_key_id = var.kms_key_arn
    }
  }
}

resource "aws_s3_bucket_public_access_block" "this" {
  bucket                  = aws_s3_bucket.this.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_lifecycle_configuration" "this" {
  count  = length(var.lifecycle_rules) > 0 ? 1 : 0
  bucket = aws_s3_bucket.this.id

  dynamic "rule" {
    for_each = var.lifecycle_rules
    content {
      id     = rule.value.id
      status = "Enabled"
      filter {
        prefix = rule.value.prefix
      }
      expiration {
        days = rule.value.expiration_days
      }
    }
  }
}

output "bucket_arn" {
  value = aws_s3_bucket.this.arn
}
"#,
    ),
];

/// The shared local modules, one file each.
pub fn shared_modules() -> Vec<GeneratedFile> {
    SHARED_MODULES
        .iter()
        .map(|(name, contents)| GeneratedFile {
            path: std::path::Path::new("modules/shared")
                .join(name)
                .join("main.tf"),
            contents: format!(
                "# Shared module {name}, called by the services' main.tf
{contents}"
            ),
        })
        .collect()
}

// ---------------------------------------------------------------------------------------------------------
// s3.tf

fn s3_bucket(m: &mut Module, rng: &mut Rng) -> String {
    const PURPOSES: &[&str] = &[
        "data",
        "artifacts",
        "logs",
        "backups",
        "uploads",
        "exports",
        "static_assets",
        "reports",
    ];
    let purpose = rng.pick(PURPOSES);
    let name = m.name(purpose);
    let suffix = name.replace('_', "-");
    let vars: &[(&str, &dyn std::fmt::Display)] = &[("name", &name), ("suffix", &suffix)];

    let mut out = tpl(
        r#"resource "aws_s3_bucket" "@name@" {
  bucket        = "${local.name_prefix}-@suffix@"
  force_destroy = false

  tags = merge(local.tags, {
    Name      = "${local.name_prefix}-@suffix@"
    DataClass = "internal"
  })
}
"#,
        vars,
    );
    // Each companion resource is sometimes missing or weakened: that is what the S3 policies look for.
    if rng.percent(85) {
        let status = match (m.secure(rng), rng.percent(30)) {
            (true, true) => "var.enable_versioning ? \"Enabled\" : \"Suspended\"",
            (true, false) => "\"Enabled\"",
            (false, _) => "\"Suspended\"",
        };
        out += &tpl(
            r#"
resource "aws_s3_bucket_versioning" "@name@" {
  bucket = aws_s3_bucket.@name@.id

  versioning_configuration {
    status = @status@
  }
}
"#,
            &[("name", &name), ("status", &status)],
        );
    }
    if rng.percent(85) {
        let algorithm = if m.secure(rng) {
            "sse_algorithm     = \"aws:kms\"\n      kms_master_key_id = var.kms_key_arn"
        } else {
            "sse_algorithm = \"AES256\""
        };
        out += &tpl(
            r#"
resource "aws_s3_bucket_server_side_encryption_configuration" "@name@" {
  bucket = aws_s3_bucket.@name@.id

  rule {
    apply_server_side_encryption_by_default {
      @algorithm@
    }
    bucket_key_enabled = true
  }
}
"#,
            &[("name", &name), ("algorithm", &algorithm)],
        );
    }
    if rng.percent(75) {
        let block = m.secure(rng);
        out += &tpl(
            r#"
resource "aws_s3_bucket_public_access_block" "@name@" {
  bucket = aws_s3_bucket.@name@.id

  block_public_acls       = @block@
  block_public_policy     = @block@
  ignore_public_acls      = @block@
  restrict_public_buckets = @block@
}
"#,
            &[("name", &name), ("block", &block)],
        );
    }
    if !m.secure(rng) {
        out += &tpl(
            r#"
# TODO(@team@): move public assets behind CloudFront and drop this ACL.
resource "aws_s3_bucket_acl" "@name@" {
  bucket = aws_s3_bucket.@name@.id
  acl    = "public-read"
}
"#,
            &[("name", &name), ("team", &m.team)],
        );
    }
    if rng.percent(50) {
        out += &bucket_policy(&name, m.secure(rng));
    }
    if rng.percent(50) {
        out += &tpl(
            r#"
resource "aws_s3_bucket_logging" "@name@" {
  bucket        = aws_s3_bucket.@name@.id
  target_bucket = var.log_bucket_name
  target_prefix = "s3/@suffix@/"
}
"#,
            vars,
        );
    }
    if rng.percent(40) {
        out += &tpl(
            r#"
resource "aws_s3_bucket_lifecycle_configuration" "@name@" {
  bucket = aws_s3_bucket.@name@.id

  rule {
    id     = "expire-noncurrent"
    status = "Enabled"

    filter {
      prefix = "@suffix@/"
    }

    noncurrent_version_expiration {
      noncurrent_days = @days@
    }

    transition {
      days          = @transition@
      storage_class = "STANDARD_IA"
    }
  }
}
"#,
            &[
                ("name", &name),
                ("suffix", &suffix),
                ("days", &rng.range(30, 400)),
                ("transition", &rng.range(30, 90)),
            ],
        );
    }
    out
}

fn bucket_policy(name: &str, secure: bool) -> String {
    let statement = if secure {
        r#"      {
        Sid       = "DenyInsecureTransport"
        Effect    = "Deny"
        Principal = "*"
        Action    = "s3:*"
        Resource = [
          aws_s3_bucket.@name@.arn,
          "${aws_s3_bucket.@name@.arn}/*",
        ]
        Condition = {
          Bool = { "aws:SecureTransport" = "false" }
        }
      },"#
    } else {
        r#"      {
        Sid       = "PublicRead"
        Effect    = "Allow"
        Principal = "*"
        Action    = ["s3:GetObject"]
        Resource  = "${aws_s3_bucket.@name@.arn}/*"
      },"#
    };
    let statement = tpl(statement, &[("name", &name)]);
    tpl(
        r#"
resource "aws_s3_bucket_policy" "@name@" {
  bucket = aws_s3_bucket.@name@.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
@statement@
    ]
  })
}
"#,
        &[("name", &name), ("statement", &statement)],
    )
}

// ---------------------------------------------------------------------------------------------------------
// iam.tf

/// `(actions, resource expression)` pairs a service plausibly needs.
const GRANTS: &[(&[&str], &str)] = &[
    (
        &["s3:GetObject", "s3:PutObject", "s3:ListBucket"],
        r#""arn:aws:s3:::${local.name_prefix}-data/*""#,
    ),
    (
        &[
            "sqs:SendMessage",
            "sqs:ReceiveMessage",
            "sqs:DeleteMessage",
            "sqs:GetQueueAttributes",
        ],
        r#""arn:aws:sqs:${var.region}:${var.account_id}:${local.name_prefix}-*""#,
    ),
    (
        &[
            "dynamodb:GetItem",
            "dynamodb:PutItem",
            "dynamodb:Query",
            "dynamodb:UpdateItem",
        ],
        r#""arn:aws:dynamodb:${var.region}:${var.account_id}:table/${local.name_prefix}-*""#,
    ),
    (&["kms:Decrypt", "kms:GenerateDataKey"], "var.kms_key_arn"),
    (
        &["logs:CreateLogStream", "logs:PutLogEvents"],
        r#""arn:aws:logs:${var.region}:${var.account_id}:log-group:/aws/${local.name_prefix}/*""#,
    ),
    (
        &["secretsmanager:GetSecretValue"],
        r#""arn:aws:secretsmanager:${var.region}:${var.account_id}:secret:${local.name_prefix}/*""#,
    ),
];

/// The over-broad grants policies should flag.
const BROAD_GRANTS: &[(&[&str], &str)] = &[
    (&["*"], r#""*""#),
    (&["s3:*"], r#""*""#),
    (&["iam:PassRole"], r#""*""#),
    (&["kms:*", "secretsmanager:*"], r#""*""#),
];

fn quoted_list(items: &[&str]) -> String {
    let quoted: Vec<String> = items.iter().map(|s| format!("\"{s}\"")).collect();
    format!("[{}]", quoted.join(", "))
}

fn grant(m: &Module, rng: &mut Rng) -> (&'static [&'static str], &'static str) {
    if m.secure(rng) {
        rng.pick(GRANTS)
    } else {
        rng.pick(BROAD_GRANTS)
    }
}

fn iam_role(m: &mut Module, rng: &mut Rng) -> String {
    const PRINCIPALS: &[&str] = &[
        "ecs-tasks.amazonaws.com",
        "lambda.amazonaws.com",
        "ec2.amazonaws.com",
    ];
    let role = m.name(&format!("{}_task", m.service));
    let mut out = tpl(
        r#"resource "aws_iam_role" "@role@" {
  name = "${local.name_prefix}-@role@"
  path = "/service/"

  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect = "Allow"
        Principal = {
          Service = "@principal@"
        }
        Action = "sts:AssumeRole"
      },
    ]
  })

  max_session_duration = 3600
  tags                 = local.tags
}
"#,
        &[("role", &role), ("principal", &rng.pick(PRINCIPALS))],
    );
    for _ in 0..rng.range(1, 2) {
        out.push('\n');
        out += &if rng.percent(60) {
            managed_policy(m, rng, &role)
        } else {
            inline_policy(m, rng, &role)
        };
    }
    out
}

fn managed_policy(m: &mut Module, rng: &mut Rng, role: &str) -> String {
    let policy = m.name(&format!("{role}_access"));
    let mut statements = String::new();
    for i in 0..rng.range(1, 4) {
        let (actions, resource) = grant(m, rng);
        statements += &tpl(
            r#"      {
        Sid      = "Grant@i@"
        Effect   = "Allow"
        Action   = @actions@
        Resource = [@resource@]
      },
"#,
            &[
                ("i", &i),
                ("actions", &quoted_list(actions)),
                ("resource", &resource),
            ],
        );
    }
    tpl(
        r#"resource "aws_iam_policy" "@policy@" {
  name        = "${local.name_prefix}-@policy@"
  description = "Runtime permissions for @service@"

  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
@statements@    ]
  })
}

resource "aws_iam_role_policy_attachment" "@policy@" {
  role       = aws_iam_role.@role@.name
  policy_arn = aws_iam_policy.@policy@.arn
}
"#,
        &[
            ("policy", &policy),
            ("service", &m.service),
            ("statements", &statements),
            ("role", &role),
        ],
    )
}

fn inline_policy(m: &mut Module, rng: &mut Rng, role: &str) -> String {
    let (name, document) = named_policy_document(m, rng);
    document
        + &tpl(
            r#"
resource "aws_iam_role_policy" "@name@" {
  name   = "@name@"
  role   = aws_iam_role.@role@.id
  policy = data.aws_iam_policy_document.@name@.json
}
"#,
            &[("name", &name), ("role", &role)],
        )
}

fn policy_document(m: &mut Module, rng: &mut Rng) -> String {
    named_policy_document(m, rng).1
}

/// An `aws_iam_policy_document` data source, and its name so a role policy can refer to it.
fn named_policy_document(m: &mut Module, rng: &mut Rng) -> (String, String) {
    let name = m.name(&format!("{}_policy", m.service));
    let mut statements = String::new();
    for i in 0..rng.range(1, 3) {
        let (actions, resource) = grant(m, rng);
        let condition = if rng.percent(40) {
            "\n\n    condition {\n      test     = \"StringEquals\"\n      variable = \"aws:RequestedRegion\"\n      values   = [var.region]\n    }"
        } else {
            ""
        };
        statements += &tpl(
            r#"
  statement {
    sid       = "Statement@i@"
    effect    = "Allow"
    actions   = @actions@
    resources = [@resource@]@condition@
  }
"#,
            &[
                ("i", &i),
                ("actions", &quoted_list(actions)),
                ("resource", &resource),
                ("condition", &condition),
            ],
        );
    }
    let document = format!("data \"aws_iam_policy_document\" \"{name}\" {{{statements}}}\n");
    (name, document)
}

// ---------------------------------------------------------------------------------------------------------
// network.tf

fn vpc(m: &mut Module, rng: &mut Rng) -> String {
    let name = m.name("main");
    let flow_log = if m.secure(rng) {
        tpl(
            r#"
resource "aws_flow_log" "@name@" {
  vpc_id               = aws_vpc.@name@.id
  traffic_type         = "ALL"
  log_destination_type = "s3"
  log_destination      = "arn:aws:s3:::${var.log_bucket_name}/vpc-flow-logs/"
}
"#,
            &[("name", &name)],
        )
    } else {
        String::new()
    };
    tpl(
        r#"resource "aws_vpc" "@name@" {
  cidr_block           = var.vpc_cidr
  enable_dns_support   = true
  enable_dns_hostnames = true

  tags = merge(local.tags, { Name = "${local.name_prefix}-vpc" })
}

resource "aws_subnet" "private" {
  count = 3

  vpc_id                  = aws_vpc.@name@.id
  cidr_block              = cidrsubnet(var.vpc_cidr, 4, count.index)
  availability_zone       = "@region@${["a", "b", "c"][count.index]}"
  map_public_ip_on_launch = false

  tags = merge(local.tags, {
    Name = "${local.name_prefix}-private-${count.index}"
    Tier = "private"
  })
}
@flow_log@"#,
        &[
            ("name", &name),
            ("region", &m.region),
            ("flow_log", &flow_log),
        ],
    )
}

fn security_group(m: &mut Module, rng: &mut Rng) -> String {
    const PORTS: &[(u16, &str)] = &[
        (443, "HTTPS"),
        (80, "HTTP"),
        (8080, "Application"),
        (5432, "PostgreSQL"),
        (6379, "Redis"),
        (22, "SSH"),
        (3389, "RDP"),
        (9090, "Metrics"),
    ];
    let name = m.name(&format!("{}_sg", m.service));
    let mut ingress = String::new();
    for _ in 0..rng.range(1, 4) {
        let (port, label) = rng.pick(PORTS);
        ingress += &tpl(
            r#"  ingress {
    description = "@label@ from allowed networks"
    from_port   = @port@
    to_port     = @port@
    protocol    = "tcp"
    cidr_blocks = @cidrs@
  }

"#,
            &[
                ("label", &label),
                ("port", &port),
                ("cidrs", &cidrs(m, rng)),
            ],
        );
    }
    if rng.percent(30) {
        ingress += r#"  dynamic "ingress" {
    for_each = var.ingress_ports
    content {
      description = "Service port ${ingress.value}"
      from_port   = ingress.value
      to_port     = ingress.value
      protocol    = "tcp"
      cidr_blocks = var.allowed_cidrs
    }
  }

"#;
    }
    let mut out = tpl(
        r#"resource "aws_security_group" "@name@" {
  name        = "${local.name_prefix}-@name@"
  description = "Traffic for @service@"
  vpc_id      = var.vpc_id

@ingress@  egress {
    description = "All outbound"
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }

  lifecycle {
    create_before_destroy = true
  }

  tags = merge(local.tags, { Name = "${local.name_prefix}-@name@" })
}
"#,
        &[
            ("name", &name),
            ("service", &m.service),
            ("ingress", &ingress),
        ],
    );
    for _ in 0..rng.range(0, 2) {
        let (port, label) = rng.pick(PORTS);
        out += &tpl(
            r#"
resource "aws_security_group_rule" "@rule@" {
  type              = "ingress"
  description       = "@label@ (managed separately)"
  from_port         = @port@
  to_port           = @port@
  protocol          = "tcp"
  cidr_blocks       = @cidrs@
  security_group_id = aws_security_group.@name@.id
}
"#,
            &[
                ("rule", &m.name(&format!("{name}_{}", label.to_lowercase()))),
                ("label", &label),
                ("port", &port),
                ("cidrs", &cidrs(m, rng)),
                ("name", &name),
            ],
        );
    }
    out
}

fn cidrs(m: &Module, rng: &mut Rng) -> &'static str {
    if !m.secure(rng) {
        return r#"["0.0.0.0/0"]"#;
    }
    rng.pick(&[
        r#"["10.0.0.0/8"]"#,
        "var.allowed_cidrs",
        r#"["10.20.0.0/16", "10.30.0.0/16"]"#,
    ])
}

// ---------------------------------------------------------------------------------------------------------
// rds.tf

fn rds(m: &mut Module, rng: &mut Rng) -> String {
    // (engine, version, parameter family, TLS parameter, TLS on-value, port)
    const ENGINES: &[(&str, &str, &str, &str, &str, u16)] = &[
        ("postgres", "15.5", "postgres15", "rds.force_ssl", "1", 5432),
        (
            "mysql",
            "8.0.36",
            "mysql8.0",
            "require_secure_transport",
            "ON",
            3306,
        ),
    ];
    let (engine, version, family, tls_param, tls_on, port) = rng.pick(ENGINES);
    let name = m.name(&format!("{}_db", m.service));
    let encrypted = m.secure(rng);
    let kms = if encrypted { "var.kms_key_arn" } else { "null" };
    let tls = if m.secure(rng) { tls_on } else { "0" };
    let public = !m.secure(rng);
    tpl(
        r#"resource "aws_db_subnet_group" "@name@" {
  name       = "${local.name_prefix}-@name@"
  subnet_ids = var.private_subnet_ids
  tags       = local.tags
}

resource "aws_db_parameter_group" "@name@" {
  name   = "${local.name_prefix}-@name@-@family@"
  family = "@family@"

  parameter {
    name  = "@tls_param@"
    value = "@tls@"
  }

  parameter {
    name         = "max_connections"
    value        = "@max_connections@"
    apply_method = "pending-reboot"
  }
}

resource "aws_db_instance" "@name@" {
  identifier     = "${local.name_prefix}-@name@"
  engine         = "@engine@"
  engine_version = "@version@"
  instance_class = var.db_instance_class

  allocated_storage     = @storage@
  max_allocated_storage = @max_storage@
  storage_type          = "gp3"
  storage_encrypted     = @encrypted@
  kms_key_id            = @kms@

  db_name  = "@db_name@"
  username = "@db_name@_admin"
  password = var.db_password
  port     = @port@

  db_subnet_group_name   = aws_db_subnet_group.@name@.name
  parameter_group_name   = aws_db_parameter_group.@name@.name
  vpc_security_group_ids = var.security_group_ids

  multi_az                            = local.is_prod
  publicly_accessible                 = @public@
  backup_retention_period             = @backup@
  deletion_protection                 = @deletion_protection@
  iam_database_authentication_enabled = @iam_auth@
  skip_final_snapshot                 = false
  final_snapshot_identifier           = "${local.name_prefix}-@name@-final"
  performance_insights_enabled        = true
  enabled_cloudwatch_logs_exports     = ["@engine@"]
  auto_minor_version_upgrade          = true

  tags = local.tags
}
"#,
        &[
            ("name", &name),
            ("family", &family),
            ("tls_param", &tls_param),
            ("tls", &tls),
            ("max_connections", &(rng.range(1, 8) * 100)),
            ("engine", &engine),
            ("version", &version),
            ("storage", &(rng.range(2, 40) * 10)),
            ("max_storage", &(rng.range(50, 200) * 10)),
            ("encrypted", &encrypted),
            ("kms", &kms),
            ("db_name", &m.service),
            ("port", &port),
            ("public", &public),
            ("backup", &if m.secure(rng) { rng.range(7, 35) } else { 0 }),
            ("deletion_protection", &m.secure(rng)),
            ("iam_auth", &m.secure(rng)),
        ],
    )
}

// ---------------------------------------------------------------------------------------------------------
// compute.tf

fn tokens(m: &Module, rng: &mut Rng) -> &'static str {
    if !m.secure(rng) {
        return "\"optional\"";
    }
    if rng.percent(25) {
        "var.http_tokens"
    } else {
        "\"required\""
    }
}

fn instance(m: &mut Module, rng: &mut Rng) -> String {
    const ROLES: &[&str] = &["bastion", "worker", "builder", "proxy", "batch"];
    let role = rng.pick(ROLES);
    let name = m.name(role);
    // Omitting metadata_options entirely leaves IMDSv1 on, a classic finding.
    let metadata = if rng.percent(85) {
        tpl(
            r#"
  metadata_options {
    http_endpoint               = "enabled"
    http_tokens                 = @tokens@
    http_put_response_hop_limit = @hops@
    instance_metadata_tags      = "enabled"
  }
"#,
            &[("tokens", &tokens(m, rng)), ("hops", &rng.range(1, 2))],
        )
    } else {
        String::new()
    };
    tpl(
        r#"resource "aws_instance" "@name@" {
  ami                         = var.ami_id
  instance_type               = var.instance_type
  subnet_id                   = element(var.private_subnet_ids, @subnet@)
  vpc_security_group_ids      = var.security_group_ids
  iam_instance_profile        = "${local.name_prefix}-@role@"
  associate_public_ip_address = @public_ip@
  monitoring                  = true
  ebs_optimized               = true
@metadata@
  root_block_device {
    volume_size           = @volume@
    volume_type           = "gp3"
    encrypted             = @encrypted@
    delete_on_termination = true
  }

  user_data = <<-EOT
    #!/bin/bash
    set -euo pipefail
    echo "bootstrapping @role@ for ${var.environment}" >> /var/log/bootstrap.log
    systemctl enable --now amazon-ssm-agent
  EOT

  tags = merge(local.tags, {
    Name = "${local.name_prefix}-@name@"
    Role = "@role@"
  })
}
"#,
        &[
            ("name", &name),
            ("subnet", &rng.below(3)),
            ("role", &role),
            ("public_ip", &(role == "bastion" && !m.secure(rng))),
            ("metadata", &metadata),
            ("volume", &(rng.range(2, 20) * 10)),
            ("encrypted", &m.secure(rng)),
        ],
    )
}

fn launch_template(m: &mut Module, rng: &mut Rng) -> String {
    let name = m.name(&format!("{}_nodes", m.service));
    tpl(
        r#"resource "aws_launch_template" "@name@" {
  name_prefix   = "${local.name_prefix}-@name@-"
  image_id      = var.ami_id
  instance_type = var.instance_type

  metadata_options {
    http_endpoint = "enabled"
    http_tokens   = @tokens@
  }

  block_device_mappings {
    device_name = "/dev/xvda"

    ebs {
      volume_size = @volume@
      volume_type = "gp3"
      encrypted   = @encrypted@
    }
  }

  tag_specifications {
    resource_type = "instance"
    tags          = local.tags
  }
}
"#,
        &[
            ("name", &name),
            ("tokens", &tokens(m, rng)),
            ("volume", &(rng.range(2, 10) * 10)),
            ("encrypted", &m.secure(rng)),
        ],
    )
}

// ---------------------------------------------------------------------------------------------------------
// kms.tf, cloudtrail.tf

fn kms_key(m: &mut Module, rng: &mut Rng) -> String {
    const USES: &[&str] = &["data", "logs", "secrets", "backups"];
    let name = m.name(rng.pick(USES));
    tpl(
        r#"resource "aws_kms_key" "@name@" {
  description             = "@service@ @name@ encryption key (${var.environment})"
  deletion_window_in_days = @window@
  enable_key_rotation     = @rotation@

  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid       = "EnableRootAccess"
        Effect    = "Allow"
        Principal = { AWS = "arn:aws:iam::${var.account_id}:root" }
        Action    = "kms:*"
        Resource  = "*"
      },
      {
        Sid       = "AllowServiceUse"
        Effect    = "Allow"
        Principal = { Service = "logs.${var.region}.amazonaws.com" }
        Action    = ["kms:Encrypt*", "kms:Decrypt*", "kms:GenerateDataKey*", "kms:Describe*"]
        Resource  = "*"
      },
    ]
  })

  tags = local.tags
}

resource "aws_kms_alias" "@name@" {
  name          = "alias/${local.name_prefix}-@name@"
  target_key_id = aws_kms_key.@name@.key_id
}
"#,
        &[
            ("name", &name),
            ("service", &m.service),
            ("window", &rng.range(7, 30)),
            ("rotation", &m.secure(rng)),
        ],
    )
}

fn cloudtrail(m: &mut Module, rng: &mut Rng) -> String {
    let name = m.name("audit");
    let kms = if m.secure(rng) {
        "var.kms_key_arn"
    } else {
        "null"
    };
    tpl(
        r#"resource "aws_cloudwatch_log_group" "@name@" {
  name              = "/aws/cloudtrail/${local.name_prefix}-@name@"
  retention_in_days = @retention@
  kms_key_id        = @kms@
}

resource "aws_cloudtrail" "@name@" {
  name                          = "${local.name_prefix}-@name@"
  s3_bucket_name                = var.trail_bucket_name
  s3_key_prefix                 = "cloudtrail"
  include_global_service_events = true
  is_multi_region_trail         = @multi_region@
  enable_log_file_validation    = @validation@
  kms_key_id                    = @kms@
  cloud_watch_logs_group_arn    = "${aws_cloudwatch_log_group.@name@.arn}:*"
  cloud_watch_logs_role_arn     = var.cloudtrail_cw_role_arn

  event_selector {
    read_write_type           = "All"
    include_management_events = true

    data_resource {
      type   = "AWS::S3::Object"
      values = ["arn:aws:s3"]
    }
  }

  tags = local.tags
}
"#,
        &[
            ("name", &name),
            ("retention", &rng.pick(&[30, 90, 365, 0])),
            ("kms", &kms),
            ("multi_region", &m.secure(rng)),
            ("validation", &m.secure(rng)),
        ],
    )
}

// ---------------------------------------------------------------------------------------------------------
// data.tf, locals.tf

fn account_data() -> String {
    r#"data "aws_caller_identity" "current" {}

data "aws_region" "current" {}

data "aws_availability_zones" "available" {
  state = "available"
}
"#
    .to_string()
}

fn ami_data(m: &mut Module) -> String {
    tpl(
        r#"data "aws_ami" "@name@" {
  most_recent = true
  owners      = ["amazon"]

  filter {
    name   = "name"
    values = ["al2023-ami-*-x86_64"]
  }

  filter {
    name   = "virtualization-type"
    values = ["hvm"]
  }
}
"#,
        &[("name", &m.name("al2023"))],
    )
}

fn locals(m: &mut Module, rng: &mut Rng) -> String {
    const KEYS: &[&str] = &[
        "service_ports",
        "alarm_thresholds",
        "queue_settings",
        "dns_records",
        "feature_flags",
    ];
    let name = m.name(rng.pick(KEYS));
    let mut entries = String::new();
    for i in 0..rng.range(3, 8) {
        entries += &format!(
            "    entry_{i:02} = \"{}-{}\"\n",
            m.service,
            rng.range(100, 999)
        );
    }
    tpl(
        r#"locals {
  # Derived settings for @service@; keep keys sorted.
  @name@ = {
@entries@  }
  @name@_enabled = local.is_prod || var.environment == "staging"
  @name@_pairs   = [for k, v in local.@name@ : "${k}=${v}"]
}
"#,
        &[
            ("service", &m.service),
            ("name", &name),
            ("entries", &entries),
        ],
    )
}

// ---------------------------------------------------------------------------------------------------------
// outputs.tf, variables.tf — derived from the other files

/// Outputs for the module's primary resources, then generic ones, until the budget is reached.
fn outputs_file(m: &Module, budget: usize, others: &[&str]) -> String {
    let mut out = format!("# Outputs of {} ({})\n", m.service, m.env);
    let mut candidates: Vec<(String, String, bool)> = declared(others)
        .into_iter()
        .filter_map(|(kind, name)| output_for(&kind, &name))
        .collect();
    for (name, value) in [
        ("name_prefix", "local.name_prefix"),
        ("environment", "var.environment"),
        ("region", "var.region"),
        ("is_prod", "local.is_prod"),
        ("tags", "local.tags"),
    ] {
        candidates.push((name.to_string(), value.to_string(), false));
    }
    for (i, (name, value, sensitive)) in candidates.into_iter().enumerate() {
        if i > 0 && out.len() >= budget {
            break;
        }
        let sensitive = if sensitive {
            "\n  sensitive   = true"
        } else {
            ""
        };
        let description = format!("{} of {}", name.replace('_', " "), m.service);
        out += &tpl(
            r#"
output "@name@" {
  description = "@description@"
  value       = @value@@sensitive@
}
"#,
            &[
                ("name", &name),
                ("description", &description),
                ("value", &value),
                ("sensitive", &sensitive),
            ],
        );
    }
    out
}

/// `(output name, expression, sensitive)` for resource types worth exporting.
fn output_for(kind: &str, name: &str) -> Option<(String, String, bool)> {
    let (attr, sensitive) = match kind {
        "aws_s3_bucket" | "aws_iam_role" | "aws_kms_key" | "aws_cloudtrail" | "aws_iam_policy" => {
            ("arn", false)
        }
        "aws_security_group" | "aws_vpc" | "aws_launch_template" => ("id", false),
        "aws_db_instance" => ("endpoint", true),
        "aws_instance" => ("private_ip", false),
        "module" => ("outputs", false),
        _ => return None,
    };
    let expression = if kind == "module" {
        format!("module.{name}")
    } else {
        format!("{kind}.{name}.{attr}")
    };
    Some((format!("{name}_{attr}"), expression, sensitive))
}

/// `resource "TYPE" "NAME"` and `module "NAME"` declarations found in `files`, in order.
fn declared(files: &[&str]) -> Vec<(String, String)> {
    let mut found = Vec::new();
    for line in files.iter().flat_map(|f| f.lines()) {
        let parts: Vec<&str> = line.split('"').collect();
        if line.starts_with("resource \"") && parts.len() >= 4 {
            found.push((parts[1].to_string(), parts[3].to_string()));
        } else if line.starts_with("module \"") && parts.len() >= 2 {
            found.push(("module".to_string(), parts[1].to_string()));
        }
    }
    found
}

/// Declares every `var.x` the module references (so it would pass `terraform validate`), then filler settings.
fn variables_file(m: &Module, rng: &mut Rng, budget: usize, others: &[&str]) -> String {
    let mut out = format!("# Inputs of {} ({})\n", m.service, m.env);
    let mut names = vec![
        "project".to_string(),
        "environment".to_string(),
        "region".to_string(),
        "tags".to_string(),
    ];
    for name in others.iter().flat_map(|f| referenced_vars(f)) {
        if !names.contains(&name) {
            names.push(name);
        }
    }
    for name in &names {
        out.push('\n');
        out += &variable(name, m, rng);
    }
    let mut extras = Names::default();
    while out.len() < budget {
        let (base, kind, default) = rng.pick(EXTRA_VARIABLES);
        let name = extras.unique(base, "_");
        let default = default
            .map(|d| format!("\n  default     = {d}"))
            .unwrap_or_default();
        let block = tpl(
            r#"
variable "@name@" {
  description = "@description@"
  type        = @kind@@default@
}
"#,
            &[
                ("name", &name),
                ("description", &name.replace('_', " ")),
                ("kind", &kind),
                ("default", &default),
            ],
        );
        if out.len() + block.len() > MAX_FILE {
            break;
        }
        out += &block;
    }
    out
}

/// Names after `var.` in `text`, in order of appearance (with repeats).
fn referenced_vars(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut rest = text;
    while let Some(at) = rest.find("var.") {
        let before = rest[..at].chars().next_back();
        let tail = &rest[at + 4..];
        let len = tail
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .unwrap_or(tail.len());
        if !before.is_some_and(|c| c.is_ascii_alphanumeric() || c == '_' || c == '.') && len > 0 {
            found.push(tail[..len].to_string());
        }
        rest = &tail[len..];
    }
    found
}

/// `(name, type, default)` for filler inputs.
const EXTRA_VARIABLES: &[(&str, &str, Option<&str>)] = &[
    ("log_retention_days", "number", Some("30")),
    ("alarm_email", "string", Some("\"oncall@acme.example\"")),
    ("enable_waf", "bool", Some("true")),
    ("min_capacity", "number", Some("2")),
    ("max_capacity", "number", Some("10")),
    ("desired_count", "number", Some("3")),
    ("health_check_path", "string", Some("\"/healthz\"")),
    ("container_port", "number", Some("8080")),
    ("domain_name", "string", Some("\"svc.acme.example\"")),
    ("backup_window", "string", Some("\"03:00-04:00\"")),
    (
        "maintenance_window",
        "string",
        Some("\"sun:04:30-sun:05:30\""),
    ),
    ("sns_topic_arn", "string", None),
    ("enable_xray", "bool", Some("false")),
    (
        "feature_flags",
        "map(bool)",
        Some("{\n    new_checkout = false\n    fast_path    = true\n  }"),
    ),
    (
        "node_groups",
        "map(object({\n    instance_types = list(string)\n    min_size       = number\n    max_size       = number\n    labels         = optional(map(string), {})\n  }))",
        Some(
            "{\n    general = {\n      instance_types = [\"m6i.large\"]\n      min_size       = 2\n      max_size       = 6\n    }\n  }",
        ),
    ),
];

fn variable(name: &str, m: &Module, rng: &mut Rng) -> String {
    let secure = m.secure(rng);
    let environment = format!("\"{}\"", m.env);
    let region = format!("\"{}\"", m.region);
    let tags = format!(
        "{{\n    Team = \"{}\"\n    Repo = \"acme/monorepo\"\n  }}",
        m.team
    );
    let vpc_cidr = format!("\"10.{}.0.0/16\"", rng.range(0, 250));
    let log_bucket = format!("\"acme-logs-{}\"", m.env);
    // (type, default, extra lines)
    let (kind, default, extra): (&str, Option<&str>, &str) = match name {
        "project" => ("string", Some("\"acme\""), ""),
        "environment" => (
            "string",
            Some(&environment),
            "\n\n  validation {\n    condition     = contains([\"dev\", \"staging\", \"prod\"], var.environment)\n    error_message = \"environment must be dev, staging or prod.\"\n  }",
        ),
        "region" => ("string", Some(&region), ""),
        "tags" => ("map(string)", Some(&tags), ""),
        "vpc_cidr" => ("string", Some(&vpc_cidr), ""),
        "private_subnet_ids" | "security_group_ids" => ("list(string)", Some("[]"), ""),
        "allowed_cidrs" => (
            "list(string)",
            Some(if secure {
                "[\"10.0.0.0/8\"]"
            } else {
                "[\"0.0.0.0/0\"]"
            }),
            "",
        ),
        "ingress_ports" => ("list(number)", Some("[443, 8443]"), ""),
        "kms_key_arn" => ("string", Some("null"), ""),
        "instance_type" => ("string", Some("\"t3.medium\""), ""),
        "ami_id" => (
            "string",
            None,
            "\n\n  validation {\n    condition     = can(regex(\"^ami-\", var.ami_id))\n    error_message = \"ami_id must be an AMI id.\"\n  }",
        ),
        "db_instance_class" => ("string", Some("\"db.r6g.large\""), ""),
        "db_password" => ("string", None, "\n  sensitive   = true"),
        "enable_versioning" => ("bool", Some(if secure { "true" } else { "false" }), ""),
        "http_tokens" => (
            "string",
            Some(if secure {
                "\"required\""
            } else {
                "\"optional\""
            }),
            "",
        ),
        "log_bucket_name" | "trail_bucket_name" => ("string", Some(&log_bucket), ""),
        "account_id" => ("string", Some("\"123456789012\""), ""),
        "queues" => ("set(string)", Some("[\"events\", \"dead-letter\"]"), ""),
        _ => ("string", None, ""),
    };
    let default = default
        .map(|d| format!("\n  default     = {d}"))
        .unwrap_or_default();
    tpl(
        r#"variable "@name@" {
  description = "@description@"
  type        = @kind@@default@@extra@
}
"#,
        &[
            ("name", &name),
            ("description", &name.replace('_', " ")),
            ("kind", &kind),
            ("default", &default),
            ("extra", &extra),
        ],
    )
}
