variable "secret_expiry" {
  type = string
}

data "azurerm_key_vault" "main" {
  name                = "kv-acme-main"
  resource_group_name = "rg-security"
}

resource "random_password" "db" {
  length  = 32
  special = true
}

resource "azurerm_key_vault_secret" "db_password" {
  name            = "db-password"
  value           = random_password.db.result
  key_vault_id    = data.azurerm_key_vault.main.id
  content_type    = "password"
  expiration_date = "2026-12-31T00:00:00Z"
}

resource "azurerm_key_vault_secret" "api_token" {
  name            = "api-token"
  value           = random_password.db.result
  key_vault_id    = data.azurerm_key_vault.main.id
  content_type    = "token"
  expiration_date = var.secret_expiry
}
