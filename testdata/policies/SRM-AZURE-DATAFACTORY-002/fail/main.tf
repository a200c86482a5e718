resource "azurerm_resource_group" "main" {
  name     = "rg-etl"
  location = "westeurope"
}

resource "azurerm_data_factory" "main" { # expect: SRM-AZURE-DATAFACTORY-002
  name                   = "adf-acme-etl"
  location               = azurerm_resource_group.main.location
  resource_group_name    = azurerm_resource_group.main.name
  public_network_enabled = false
}
