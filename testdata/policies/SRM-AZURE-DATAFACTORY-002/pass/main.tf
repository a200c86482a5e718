variable "identity_type" {
  type = string
}

resource "azurerm_resource_group" "main" {
  name     = "rg-etl"
  location = "westeurope"
}

resource "azurerm_user_assigned_identity" "adf" {
  name                = "id-adf-acme"
  location            = azurerm_resource_group.main.location
  resource_group_name = azurerm_resource_group.main.name
}

resource "azurerm_data_factory" "main" {
  name                   = "adf-acme-etl"
  location               = azurerm_resource_group.main.location
  resource_group_name    = azurerm_resource_group.main.name
  public_network_enabled = false

  identity {
    type = "SystemAssigned"
  }
}

resource "azurerm_data_factory" "shared" {
  name                   = "adf-acme-shared"
  location               = azurerm_resource_group.main.location
  resource_group_name    = azurerm_resource_group.main.name
  public_network_enabled = false

  identity {
    type         = "UserAssigned"
    identity_ids = [azurerm_user_assigned_identity.adf.id]
  }
}

resource "azurerm_data_factory" "configurable" {
  name                   = "adf-acme-conf"
  location               = azurerm_resource_group.main.location
  resource_group_name    = azurerm_resource_group.main.name
  public_network_enabled = false

  identity {
    type = var.identity_type
  }
}
