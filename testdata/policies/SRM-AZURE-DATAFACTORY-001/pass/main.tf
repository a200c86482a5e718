variable "public_network_enabled" {
  type = bool
}

resource "azurerm_resource_group" "main" {
  name     = "rg-etl"
  location = "westeurope"
}

resource "azurerm_data_factory" "main" {
  name                            = "adf-acme-etl"
  location                        = azurerm_resource_group.main.location
  resource_group_name             = azurerm_resource_group.main.name
  managed_virtual_network_enabled = true
  public_network_enabled          = false

  identity {
    type = "SystemAssigned"
  }
}

resource "azurerm_data_factory" "configurable" {
  name                   = "adf-acme-conf"
  location               = azurerm_resource_group.main.location
  resource_group_name    = azurerm_resource_group.main.name
  public_network_enabled = var.public_network_enabled

  identity {
    type = "SystemAssigned"
  }
}
