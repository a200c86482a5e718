variable "member_account_ids" {
  type = list(string)
}

variable "inspector_resource_types" {
  type = list(string)
}

data "aws_caller_identity" "current" {}

resource "aws_inspector2_enabler" "this" {
  account_ids    = [data.aws_caller_identity.current.account_id]
  resource_types = ["EC2", "ECR", "LAMBDA", "LAMBDA_CODE"]
}

# From a variable without a default: not judged.
resource "aws_inspector2_enabler" "members" {
  account_ids    = var.member_account_ids
  resource_types = var.inspector_resource_types
}
