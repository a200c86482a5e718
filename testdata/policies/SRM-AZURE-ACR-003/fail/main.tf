resource "azurerm_resource_group" "main" {
  name     = "rg-acr"
  location = "westeurope"
}

resource "azurerm_container_registry" "main" {
  name                   = "acracmeshared"
  resource_group_name    = azurerm_resource_group.main.name
  location               = azurerm_resource_group.main.location
  sku                    = "Standard"
  anonymous_pull_enabled = true # expect: SRM-AZURE-ACR-003
}

resource "azurerm_container_registry" "public" {
  name                   = "acracmepublic"
  resource_group_name    = azurerm_resource_group.main.name
  location               = azurerm_resource_group.main.location
  sku                    = "Premium"
  anonymous_pull_enabled = true # expect: SRM-AZURE-ACR-003
}
