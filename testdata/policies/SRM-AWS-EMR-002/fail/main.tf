resource "aws_emr_block_public_access_configuration" "this" {
  block_public_security_group_rules = false # expect: SRM-AWS-EMR-002
}

# (Second variant in the same fixture; a region has one such setting.)
# On, but with an exception for the notebook ports.
resource "aws_emr_block_public_access_configuration" "notebooks" {
  block_public_security_group_rules = true

  permitted_public_security_group_rule_range {
    min_range = 22
    max_range = 22
  }

  permitted_public_security_group_rule_range { # expect: SRM-AWS-EMR-002
    min_range = 8888
    max_range = 9443
  }
}
