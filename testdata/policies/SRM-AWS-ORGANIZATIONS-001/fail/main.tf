resource "aws_organizations_policy" "workloads_baseline" {
  name        = "workloads-baseline"
  description = "Baseline guardrails for workload accounts"

  content = jsonencode({ # expect: SRM-AWS-ORGANIZATIONS-001
    Version = "2012-10-17"
    Statement = [{
      Sid      = "AllowEverything"
      Effect   = "Allow"
      Action   = "*"
      Resource = "*"
    }]
  })
}

data "aws_iam_policy_document" "sandbox" {
  statement {
    sid       = "AllowAll"
    actions   = ["*"]
    resources = ["*"]
  }
}

resource "aws_organizations_policy" "sandbox" {
  name    = "sandbox"
  type    = "SERVICE_CONTROL_POLICY"
  content = data.aws_iam_policy_document.sandbox.json # expect: SRM-AWS-ORGANIZATIONS-001
}

resource "aws_organizations_policy_attachment" "sandbox" {
  policy_id = aws_organizations_policy.sandbox.id
  target_id = "ou-abcd-11111111"
}
