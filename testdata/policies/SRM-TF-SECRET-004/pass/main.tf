# Test keys, references and placeholders.
variable "github_token" {
  type      = string
  sensitive = true
}

variable "db_password" {
  type      = string
  sensitive = true
}

locals {
  database_url = "postgres://app:${var.db_password}@db.internal:5432/app"
  stripe_test  = "sk_test_4eC39HqLyjWDarjtT1zdp7dcKx9"
  token_hint   = "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
  webhook_doc  = "https://hooks.slack.com/services/"
}
