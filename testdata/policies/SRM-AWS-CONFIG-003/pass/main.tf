variable "aggregate_all_regions" {
  type    = bool
}

resource "aws_config_configuration_aggregator" "organization" {
  name = "organization"

  organization_aggregation_source {
    role_arn    = "arn:aws:iam::111122223333:role/config-aggregator"
    all_regions = true
  }
}

# From a variable: not judged.
resource "aws_config_configuration_aggregator" "accounts" {
  name = "accounts"

  account_aggregation_source {
    account_ids = ["111122223333"]
    all_regions = var.aggregate_all_regions
  }
}
