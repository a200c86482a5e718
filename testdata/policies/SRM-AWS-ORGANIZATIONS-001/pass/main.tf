variable "scp_json" {
  type = string
}

resource "aws_organizations_policy" "guardrails" {
  name = "guardrails"

  content = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid    = "DenyLeavingAndTamperingWithAudit"
        Effect = "Deny"
        Action = [
          "organizations:LeaveOrganization",
          "cloudtrail:StopLogging",
          "cloudtrail:DeleteTrail",
          "guardduty:DeleteDetector",
        ]
        Resource = "*"
      },
    ]
  })
}

# Allow list: only these services can be used.
data "aws_iam_policy_document" "data_platform" {
  statement {
    actions   = ["s3:*", "glue:*", "athena:*", "kms:*", "logs:*", "cloudwatch:*"]
    resources = ["*"]
  }
}

resource "aws_organizations_policy" "data_platform" {
  name    = "data-platform-allow-list"
  content = data.aws_iam_policy_document.data_platform.json
}

# Not a control policy.
resource "aws_organizations_policy" "tags" {
  name = "cost-center-tags"
  type = "TAG_POLICY"

  content = jsonencode({
    tags = {
      CostCenter = {
        tag_key = { "@@assign" = "CostCenter" }
      }
    }
  })
}

# From a variable without a default: not judged.
resource "aws_organizations_policy" "configurable" {
  name    = "configurable"
  content = var.scp_json
}
