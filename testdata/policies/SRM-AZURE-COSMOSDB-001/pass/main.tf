variable "allowed_ip_ranges" {
  type = list(string)
}

variable "app_subnet_ids" {
  type = list(string)
}

resource "azurerm_resource_group" "main" {
  name     = "rg-data"
  location = "westeurope"
}

resource "azurerm_virtual_network" "main" {
  name                = "vnet-data"
  location            = azurerm_resource_group.main.location
  resource_group_name = azurerm_resource_group.main.name
  address_space       = ["10.20.0.0/16"]
}

resource "azurerm_subnet" "app" {
  name                 = "snet-app"
  resource_group_name  = azurerm_resource_group.main.name
  virtual_network_name = azurerm_virtual_network.main.name
  address_prefixes     = ["10.20.1.0/24"]
  service_endpoints    = ["Microsoft.AzureCosmosDB"]
}

# Private endpoints only.
resource "azurerm_cosmosdb_account" "orders" {
  name                          = "cosmos-acme-orders"
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
}

# Public endpoint limited to one subnet and the office range.
resource "azurerm_cosmosdb_account" "catalog" {
  name                              = "cosmos-acme-catalog"
  location                          = azurerm_resource_group.main.location
  resource_group_name               = azurerm_resource_group.main.name
  offer_type                        = "Standard"
  is_virtual_network_filter_enabled = true
  ip_range_filter                   = ["203.0.113.0/24"]

  virtual_network_rule {
    id = azurerm_subnet.app.id
  }

  consistency_policy {
    consistency_level = "Session"
  }

  geo_location {
    location          = azurerm_resource_group.main.location
    failover_priority = 0
  }
}

resource "azurerm_cosmosdb_account" "configurable" {
  name                = "cosmos-acme-conf"
  location            = azurerm_resource_group.main.location
  resource_group_name = azurerm_resource_group.main.name
  offer_type          = "Standard"
  ip_range_filter     = var.allowed_ip_ranges

  consistency_policy {
    consistency_level = "Session"
  }

  geo_location {
    location          = azurerm_resource_group.main.location
    failover_priority = 0
  }
}

# Virtual network filter with subnet rules from a variable (no default): not judged.
resource "azurerm_cosmosdb_account" "events" {
  name                              = "cosmos-acme-events"
  location                          = azurerm_resource_group.main.location
  resource_group_name               = azurerm_resource_group.main.name
  offer_type                        = "Standard"
  is_virtual_network_filter_enabled = true

  dynamic "virtual_network_rule" {
    for_each = var.app_subnet_ids
    content {
      id = virtual_network_rule.value
    }
  }

  consistency_policy {
    consistency_level = "Session"
  }

  geo_location {
    location          = azurerm_resource_group.main.location
    failover_priority = 0
  }
}
