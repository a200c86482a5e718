data "azurerm_key_vault" "main" {
  name                = "kv-acme-main"
  resource_group_name = "rg-security"
}

resource "random_password" "db" {
  length  = 32
  special = true
}

resource "azurerm_key_vault_secret" "db_password" { # expect: SRM-AZURE-KEYVAULT-006
  name         = "db-password"
  value        = random_password.db.result
  key_vault_id = data.azurerm_key_vault.main.id
  content_type = "password"
}
