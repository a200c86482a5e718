resource "azurerm_resource_group" "main" {
  name     = "rg-acr"
  location = "westeurope"
}

resource "azurerm_container_registry" "prod" { # expect: SRM-AZURE-ACR-004
  name                          = "acracmeprod"
  resource_group_name           = azurerm_resource_group.main.name
  location                      = azurerm_resource_group.main.location
  sku                           = "Premium"
  public_network_access_enabled = false

  georeplications {
    location                = "northeurope"
    zone_redundancy_enabled = true
  }
}

resource "azurerm_container_registry" "build" {
  name                          = "acracmebuild"
  resource_group_name           = azurerm_resource_group.main.name
  location                      = azurerm_resource_group.main.location
  sku                           = "Premium"
  public_network_access_enabled = false
  retention_policy_in_days      = 0 # expect: SRM-AZURE-ACR-004
}
