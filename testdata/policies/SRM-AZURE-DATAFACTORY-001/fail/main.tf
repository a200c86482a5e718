resource "azurerm_resource_group" "main" {
  name     = "rg-etl"
  location = "westeurope"
}

resource "azurerm_data_factory" "main" { # expect: SRM-AZURE-DATAFACTORY-001
  name                = "adf-acme-etl"
  location            = azurerm_resource_group.main.location
  resource_group_name = azurerm_resource_group.main.name

  identity {
    type = "SystemAssigned"
  }
}

resource "azurerm_data_factory" "reporting" {
  name                            = "adf-acme-reporting"
  location                        = azurerm_resource_group.main.location
  resource_group_name             = azurerm_resource_group.main.name
  managed_virtual_network_enabled = true
  public_network_enabled          = true # expect: SRM-AZURE-DATAFACTORY-001

  identity {
    type = "SystemAssigned"
  }
}
