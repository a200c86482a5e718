variable "tags" {
  type = map(string)
}

data "azurerm_client_config" "current" {}

locals {
  common_tags = {
    owner               = "data-platform"
    data-classification = "internal"
  }
}

resource "azurerm_resource_group" "main" {
  name     = "rg-data"
  location = "westeurope"
}

resource "azurerm_storage_account" "documents" {
  name                     = "acmedocuments"
  resource_group_name      = azurerm_resource_group.main.name
  location                 = azurerm_resource_group.main.location
  account_tier             = "Standard"
  account_replication_type = "GRS"

  tags = {
    data-classification = "confidential"
    owner               = "legal"
  }
}

resource "azurerm_key_vault" "main" {
  name                     = "kv-acme-data"
  location                 = azurerm_resource_group.main.location
  resource_group_name      = azurerm_resource_group.main.name
  tenant_id                = data.azurerm_client_config.current.tenant_id
  sku_name                 = "standard"
  purge_protection_enabled = true

  tags = {
    DataClassification = "Restricted"
  }
}

# Tags built by an expression: not judged.
resource "azurerm_cosmosdb_account" "catalog" {
  name                = "cosmos-acme-catalog"
  location            = azurerm_resource_group.main.location
  resource_group_name = azurerm_resource_group.main.name
  offer_type          = "Standard"

  consistency_policy {
    consistency_level = "Session"
  }

  geo_location {
    location          = azurerm_resource_group.main.location
    failover_priority = 0
  }

  tags = merge(local.common_tags, { service = "catalog" })
}

resource "azurerm_managed_disk" "scratch" {
  name                 = "disk-scratch"
  location             = azurerm_resource_group.main.location
  resource_group_name  = azurerm_resource_group.main.name
  storage_account_type = "Standard_LRS"
  create_option        = "Empty"
  disk_size_gb         = 64
  tags                 = var.tags
}
