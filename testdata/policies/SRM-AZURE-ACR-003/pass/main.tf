variable "anonymous_pull_enabled" {
  type = bool
}

resource "azurerm_resource_group" "main" {
  name     = "rg-acr"
  location = "westeurope"
}

resource "azurerm_container_registry" "main" {
  name                   = "acracmeshared"
  resource_group_name    = azurerm_resource_group.main.name
  location               = azurerm_resource_group.main.location
  sku                    = "Premium"
  anonymous_pull_enabled = false
}

resource "azurerm_container_registry" "dev" {
  name                = "acracmedev"
  resource_group_name = azurerm_resource_group.main.name
  location            = azurerm_resource_group.main.location
  sku                 = "Standard"
}

resource "azurerm_container_registry" "configurable" {
  name                   = "acracmeconf"
  resource_group_name    = azurerm_resource_group.main.name
  location               = azurerm_resource_group.main.location
  sku                    = "Standard"
  anonymous_pull_enabled = var.anonymous_pull_enabled
}

# Basic registries do not offer anonymous pull: the setting is not judged there.
resource "azurerm_container_registry" "basic" {
  name                   = "acracmebasic"
  resource_group_name    = azurerm_resource_group.main.name
  location               = azurerm_resource_group.main.location
  sku                    = "Basic"
  anonymous_pull_enabled = true
}
