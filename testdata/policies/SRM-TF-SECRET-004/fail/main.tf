# Service tokens in a variable default, an attribute and a connection URL.
variable "github_token" {
  type    = string
  default = "ghp_8Kd2LmQ9xR4tV7wZ1bN5cH3jF6gS0aY2eU4i" # expect: SRM-TF-SECRET-004
}

resource "aws_sns_topic_subscription" "alerts" {
  topic_arn = "arn:aws:sns:eu-west-1:123456789012:alerts"
  protocol  = "https"
  endpoint  = "https://hooks.slack.com/services/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" # expect: SRM-TF-SECRET-004
}

locals {
  database_url = "postgres://app:Zq7-rT9w2Lx@db.internal:5432/app" # expect: SRM-TF-SECRET-004
}
