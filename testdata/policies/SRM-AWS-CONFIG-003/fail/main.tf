resource "aws_config_configuration_aggregator" "accounts" {
  name = "accounts"

  account_aggregation_source {
    account_ids = ["111122223333", "444455556666"]
    regions     = ["eu-west-1", "eu-central-1"] # expect: SRM-AWS-CONFIG-003
  }
}

resource "aws_config_configuration_aggregator" "organization" {
  name = "organization"

  organization_aggregation_source {
    role_arn    = "arn:aws:iam::111122223333:role/config-aggregator"
    all_regions = false # expect: SRM-AWS-CONFIG-003
    regions     = ["us-east-1"]
  }
}
