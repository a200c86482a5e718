variable "key_expiry" {
  type        = string
  description = "RFC 3339 expiry of the signing key"
}

data "azurerm_key_vault" "main" {
  name                = "kv-acme-main"
  resource_group_name = "rg-security"
}

resource "azurerm_key_vault_key" "storage" {
  name            = "storage-cmk"
  key_vault_id    = data.azurerm_key_vault.main.id
  key_type        = "RSA"
  key_size        = 3072
  key_opts        = ["wrapKey", "unwrapKey"]
  expiration_date = "2027-06-30T00:00:00Z"
}

resource "azurerm_key_vault_key" "signing" {
  name            = "signing"
  key_vault_id    = data.azurerm_key_vault.main.id
  key_type        = "EC"
  curve           = "P-256"
  key_opts        = ["sign", "verify"]
  expiration_date = var.key_expiry
}
