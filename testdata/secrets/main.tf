# Secrets of every kind srm-lint finds, for the test that no output format prints one
# (tests/secrets.rs). Every value is made up in its published format; none is live.
provider "aws" {
  region     = "eu-west-1"
  access_key = "AKIA4RZQ7X2BN5KTYW3M"
  secret_key = "q9Lw2-provider-secret"
}

provider "github" {
  token = "ghp_8Kd2LmQ9xR4tV7wZ1bN5cH3jF6gS0aY2eU4i"
}

variable "sql_password" {
  type    = string
  default = "AdminPassword123!"
}

variable "slack_webhook" {
  type    = string
  default = "https://hooks.slack.com/services/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"
}

resource "aws_db_instance" "db" {
  engine            = "postgres"
  instance_class    = "db.t4g.micro"
  username          = "app"
  password          = "Zq7-rT9w2Lx-db"
  storage_encrypted = true
}

resource "azurerm_mssql_server" "sql" {
  name                         = "sql"
  resource_group_name          = "rg"
  location                     = "westeurope"
  version                      = "12.0"
  administrator_login          = "sqladmin"
  administrator_login_password = var.sql_password
}

resource "aws_instance" "web" {
  ami           = "ami-0c55b159cbfafe1f0"
  instance_type = "t3.micro"
  user_data     = <<-EOT
    #!/bin/bash
    export AWS_SECRET_ACCESS_KEY=Zx8qP2mK9vR4tL7wN3sB6yH1jF5gD0cA+eU/iO8r
    export STRIPE_KEY=sk_live_4eC39HqLyjWDarjtT1zdp7dcKx9
    export DATABASE_URL=postgres://app:Zq7-rT9w2Lx@db.internal:5432/app
  EOT
}

locals {
  maps_key = "AIzaSyD4k9Xq2Lr7Vb1Nw8Tz3Hc6Jm0Pf5Gs9Ea"
  tls_key  = <<-EOT
    -----BEGIN RSA PRIVATE KEY-----
    MIIEpAIBAAKCAQEA3Tz2mr7SZiAMfQyuvBjM2Lp9Xk4Rb7Nc1Hm6Jf0Gd3Sa8Yu5Eo2Wq
    Zx8qP2mK9vR4tL7wN3sB6yH1jF5gD0cAeUiO8rKd8Lm2Qx9Rt4Vw7Zb1Nc5Hj3Fg6Sa0
    -----END RSA PRIVATE KEY-----
  EOT
  # A token in a comment is leaked all the same: glpat-Xk3vQ9pL2mN7rT4wZ8bC
}
