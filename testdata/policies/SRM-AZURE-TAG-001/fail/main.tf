data "azurerm_client_config" "current" {}

resource "azurerm_resource_group" "main" {
  name     = "rg-data"
  location = "westeurope"

  tags = {
    data-classification = "confidential"
  }
}

# Tags are not inherited from the resource group.
resource "azurerm_storage_account" "documents" { # expect: SRM-AZURE-TAG-001
  name                     = "acmedocuments"
  resource_group_name      = azurerm_resource_group.main.name
  location                 = azurerm_resource_group.main.location
  account_tier             = "Standard"
  account_replication_type = "GRS"
}

resource "azurerm_key_vault" "main" {
  name                     = "kv-acme-data"
  location                 = azurerm_resource_group.main.location
  resource_group_name      = azurerm_resource_group.main.name
  tenant_id                = data.azurerm_client_config.current.tenant_id
  sku_name                 = "standard"
  purge_protection_enabled = true

  tags = { # expect: SRM-AZURE-TAG-001
    owner       = "security"
    environment = "prod"
  }
}

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

  tags = { # expect: SRM-AZURE-TAG-001
    owner = "catalog-team"
  }
}
