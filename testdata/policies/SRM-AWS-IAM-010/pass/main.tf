variable "allowed_actions" {
  type    = list(string)
}

# NotAction in a Deny statement: the usual MFA guard.
resource "aws_iam_policy" "require_mfa" {
  name = "require-mfa"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect    = "Deny"
        NotAction = ["iam:ChangePassword", "iam:CreateVirtualMFADevice", "iam:EnableMFADevice", "sts:GetSessionToken"]
        Resource  = "*"
        Condition = {
          BoolIfExists = { "aws:MultiFactorAuthPresent" = "false" }
        }
      }
    ]
  })
}

data "aws_iam_policy_document" "developer" {
  statement {
    actions   = var.allowed_actions
    resources = ["*"]
  }
}
