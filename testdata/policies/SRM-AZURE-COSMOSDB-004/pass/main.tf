variable "cosmos_key_id" {
  type = string
}

data "azurerm_client_config" "current" {}

resource "azurerm_resource_group" "main" {
  name     = "rg-data"
  location = "westeurope"
}

resource "azurerm_key_vault" "main" {
  name                       = "kv-acme-data"
  location                   = azurerm_resource_group.main.location
  resource_group_name        = azurerm_resource_group.main.name
  tenant_id                  = data.azurerm_client_config.current.tenant_id
  sku_name                   = "premium"
  purge_protection_enabled   = true
  rbac_authorization_enabled = true
}

resource "azurerm_key_vault_key" "cosmos" {
  name            = "cosmos-patients"
  key_vault_id    = azurerm_key_vault.main.id
  key_type        = "RSA-HSM"
  key_size        = 3072
  key_opts        = ["wrapKey", "unwrapKey"]
  expiration_date = "2027-12-31T00:00:00Z"
}

resource "azurerm_cosmosdb_account" "patients" {
  name                          = "cosmos-acme-patients"
  location                      = azurerm_resource_group.main.location
  resource_group_name           = azurerm_resource_group.main.name
  offer_type                    = "Standard"
  public_network_access_enabled = false
  key_vault_key_id              = azurerm_key_vault_key.cosmos.versionless_id

  consistency_policy {
    consistency_level = "Session"
  }

  geo_location {
    location          = azurerm_resource_group.main.location
    failover_priority = 0
  }

  tags = {
    data-classification = "confidential"
  }
}

resource "azurerm_cosmosdb_account" "claims" {
  name                          = "cosmos-acme-claims"
  location                      = azurerm_resource_group.main.location
  resource_group_name           = azurerm_resource_group.main.name
  offer_type                    = "Standard"
  public_network_access_enabled = false
  key_vault_key_id              = var.cosmos_key_id

  consistency_policy {
    consistency_level = "Session"
  }

  geo_location {
    location          = azurerm_resource_group.main.location
    failover_priority = 0
  }

  tags = {
    DataClassification = "Restricted"
  }
}

# Internal data: Microsoft-managed keys are enough.
resource "azurerm_cosmosdb_account" "catalog" {
  name                          = "cosmos-acme-catalog"
  location                      = azurerm_resource_group.main.location
  resource_group_name           = azurerm_resource_group.main.name
  offer_type                    = "Standard"
  public_network_access_enabled = false

  consistency_policy {
    consistency_level = "Session"
  }

  geo_location {
    location          = azurerm_resource_group.main.location
    failover_priority = 0
  }

  tags = {
    data-classification = "internal"
  }
}
