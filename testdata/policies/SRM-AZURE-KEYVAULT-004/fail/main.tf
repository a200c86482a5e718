data "azurerm_key_vault" "main" {
  name                = "kv-acme-main"
  resource_group_name = "rg-security"
}

resource "azurerm_key_vault_key" "storage" { # expect: SRM-AZURE-KEYVAULT-004
  name         = "storage-cmk"
  key_vault_id = data.azurerm_key_vault.main.id
  key_type     = "RSA"
  key_size     = 3072
  key_opts     = ["wrapKey", "unwrapKey"]
}
