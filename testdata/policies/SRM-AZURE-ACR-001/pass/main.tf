variable "admin_enabled" {
  type = bool
}

resource "azurerm_resource_group" "main" {
  name     = "rg-acr"
  location = "westeurope"
}

resource "azurerm_container_registry" "main" {
  name                = "acracmeshared"
  resource_group_name = azurerm_resource_group.main.name
  location            = azurerm_resource_group.main.location
  sku                 = "Premium"
  admin_enabled       = false
}

resource "azurerm_container_registry" "dev" {
  name                = "acracmedev"
  resource_group_name = azurerm_resource_group.main.name
  location            = azurerm_resource_group.main.location
  sku                 = "Basic"
}

resource "azurerm_container_registry" "configurable" {
  name                = "acracmeconf"
  resource_group_name = azurerm_resource_group.main.name
  location            = azurerm_resource_group.main.location
  sku                 = "Standard"
  admin_enabled       = var.admin_enabled
}
