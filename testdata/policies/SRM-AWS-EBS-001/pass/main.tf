variable "ebs_encryption" {
  type    = bool
}

resource "aws_ebs_encryption_by_default" "this" {
  enabled = true
}

# enabled defaults to true.
resource "aws_ebs_encryption_by_default" "implicit" {}

# From a variable: not judged.
resource "aws_ebs_encryption_by_default" "configurable" {
  enabled = var.ebs_encryption
}
