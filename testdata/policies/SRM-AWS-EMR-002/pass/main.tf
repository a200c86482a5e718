variable "block_public_rules" {
  type = bool
}

resource "aws_emr_block_public_access_configuration" "this" {
  block_public_security_group_rules = true

  permitted_public_security_group_rule_range {
    min_range = 22
    max_range = 22
  }
}

# (Second variant in the same fixture.) From a variable without a default: not judged.
resource "aws_emr_block_public_access_configuration" "configurable" {
  block_public_security_group_rules = var.block_public_rules
}
