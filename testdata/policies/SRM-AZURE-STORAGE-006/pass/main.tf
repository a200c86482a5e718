variable "double_encryption" {
  type    = bool
  default = true
}

data "azurerm_client_config" "current" {}

resource "azurerm_resource_group" "main" {
  name     = "rg-finance"
  location = "westeurope"
}

resource "azurerm_key_vault" "main" {
  name                     = "kv-acme-finance"
  location                 = azurerm_resource_group.main.location
  resource_group_name      = azurerm_resource_group.main.name
  tenant_id                = data.azurerm_client_config.current.tenant_id
  sku_name                 = "premium"
  purge_protection_enabled = true
}

resource "azurerm_key_vault_key" "storage" {
  name            = "storage-cmk"
  key_vault_id    = azurerm_key_vault.main.id
  key_type        = "RSA-HSM"
  key_size        = 3072
  key_opts        = ["wrapKey", "unwrapKey"]
  expiration_date = "2027-12-31T00:00:00Z"
}

resource "azurerm_user_assigned_identity" "storage" {
  name                = "id-storage"
  location            = azurerm_resource_group.main.location
  resource_group_name = azurerm_resource_group.main.name
}

# Inline customer-managed key.
resource "azurerm_storage_account" "ledger" {
  name                     = "acmeledger"
  resource_group_name      = azurerm_resource_group.main.name
  location                 = azurerm_resource_group.main.location
  account_tier             = "Standard"
  account_replication_type = "GRS"

  identity {
    type         = "UserAssigned"
    identity_ids = [azurerm_user_assigned_identity.storage.id]
  }

  customer_managed_key {
    key_vault_key_id          = azurerm_key_vault_key.storage.id
    user_assigned_identity_id = azurerm_user_assigned_identity.storage.id
  }

  tags = {
    data-classification = "confidential"
  }
}

# Split customer-managed key resource.
resource "azurerm_storage_account" "payroll" {
  name                     = "acmepayroll"
  resource_group_name      = azurerm_resource_group.main.name
  location                 = azurerm_resource_group.main.location
  account_tier             = "Standard"
  account_replication_type = "GRS"

  identity {
    type = "SystemAssigned"
  }

  tags = {
    data-classification = "restricted"
  }
}

resource "azurerm_storage_account_customer_managed_key" "payroll" {
  storage_account_id = azurerm_storage_account.payroll.id
  key_vault_id       = azurerm_key_vault.main.id
  key_name           = azurerm_key_vault_key.storage.name
}

# Infrastructure (double) encryption.
resource "azurerm_storage_account" "archive" {
  name                              = "acmearchive"
  resource_group_name               = azurerm_resource_group.main.name
  location                          = azurerm_resource_group.main.location
  account_tier                      = "Standard"
  account_replication_type          = "GRS"
  infrastructure_encryption_enabled = true

  tags = {
    data-classification = "confidential"
  }
}

# Decided by a variable: not judged.
resource "azurerm_storage_account" "configurable" {
  name                              = "acmeconfigurable"
  resource_group_name               = azurerm_resource_group.main.name
  location                          = azurerm_resource_group.main.location
  account_tier                      = "Standard"
  account_replication_type          = "GRS"
  infrastructure_encryption_enabled = var.double_encryption

  tags = {
    data-classification = "confidential"
  }
}

# Internal data: Microsoft-managed keys are enough.
resource "azurerm_storage_account" "internal" {
  name                     = "acmeinternal"
  resource_group_name      = azurerm_resource_group.main.name
  location                 = azurerm_resource_group.main.location
  account_tier             = "Standard"
  account_replication_type = "LRS"

  tags = {
    data-classification = "internal"
  }
}
