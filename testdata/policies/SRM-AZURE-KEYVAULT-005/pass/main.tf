variable "rotate_after" {
  type    = string
  default = "P180D"
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

  rotation_policy {
    expire_after         = "P1Y"
    notify_before_expiry = "P30D"

    automatic {
      time_before_expiry = "P30D"
    }
  }
}

resource "azurerm_key_vault_key" "database" {
  name            = "database-tde"
  key_vault_id    = data.azurerm_key_vault.main.id
  key_type        = "RSA"
  key_size        = 3072
  key_opts        = ["wrapKey", "unwrapKey"]
  expiration_date = "2027-06-30T00:00:00Z"

  rotation_policy {
    automatic {
      time_after_creation = var.rotate_after
    }
  }
}
