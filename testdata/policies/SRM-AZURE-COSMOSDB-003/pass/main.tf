variable "metadata_writes_enabled" {
  type = bool
}

resource "azurerm_resource_group" "main" {
  name     = "rg-data"
  location = "westeurope"
}

resource "azurerm_cosmosdb_account" "orders" {
  name                               = "cosmos-acme-orders"
  location                           = azurerm_resource_group.main.location
  resource_group_name                = azurerm_resource_group.main.name
  offer_type                         = "Standard"
  public_network_access_enabled      = false
  access_key_metadata_writes_enabled = false

  consistency_policy {
    consistency_level = "Session"
  }

  geo_location {
    location          = azurerm_resource_group.main.location
    failover_priority = 0
  }
}

# Keys are off altogether.
resource "azurerm_cosmosdb_account" "events" {
  name                          = "cosmos-acme-events"
  location                      = azurerm_resource_group.main.location
  resource_group_name           = azurerm_resource_group.main.name
  offer_type                    = "Standard"
  public_network_access_enabled = false
  local_authentication_enabled  = false

  consistency_policy {
    consistency_level = "Session"
  }

  geo_location {
    location          = azurerm_resource_group.main.location
    failover_priority = 0
  }
}

resource "azurerm_cosmosdb_account" "configurable" {
  name                               = "cosmos-acme-conf"
  location                           = azurerm_resource_group.main.location
  resource_group_name                = azurerm_resource_group.main.name
  offer_type                         = "Standard"
  public_network_access_enabled      = false
  access_key_metadata_writes_enabled = var.metadata_writes_enabled

  consistency_policy {
    consistency_level = "Session"
  }

  geo_location {
    location          = azurerm_resource_group.main.location
    failover_priority = 0
  }
}
