resource "azurerm_resource_group" "main" {
  name     = "rg-data"
  location = "westeurope"
}

resource "azurerm_cosmosdb_account" "orders" { # expect: SRM-AZURE-COSMOSDB-002
  name                          = "cosmos-acme-orders"
  location                      = azurerm_resource_group.main.location
  resource_group_name           = azurerm_resource_group.main.name
  offer_type                    = "Standard"
  kind                          = "GlobalDocumentDB"
  public_network_access_enabled = false

  consistency_policy {
    consistency_level = "Session"
  }

  geo_location {
    location          = azurerm_resource_group.main.location
    failover_priority = 0
  }
}

resource "azurerm_cosmosdb_account" "events" {
  name                          = "cosmos-acme-events"
  location                      = azurerm_resource_group.main.location
  resource_group_name           = azurerm_resource_group.main.name
  offer_type                    = "Standard"
  public_network_access_enabled = false
  local_authentication_enabled  = true # expect: SRM-AZURE-COSMOSDB-002

  consistency_policy {
    consistency_level = "Session"
  }

  geo_location {
    location          = azurerm_resource_group.main.location
    failover_priority = 0
  }
}

# Name used from azurerm 4.0 until its deprecation.
resource "azurerm_cosmosdb_account" "audit" {
  name                          = "cosmos-acme-audit"
  location                      = azurerm_resource_group.main.location
  resource_group_name           = azurerm_resource_group.main.name
  offer_type                    = "Standard"
  public_network_access_enabled = false
  local_authentication_disabled = false # expect: SRM-AZURE-COSMOSDB-002

  consistency_policy {
    consistency_level = "Session"
  }

  geo_location {
    location          = azurerm_resource_group.main.location
    failover_priority = 0
  }
}
