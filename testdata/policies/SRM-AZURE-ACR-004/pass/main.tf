variable "retention_days" {
  type = number
}

resource "azurerm_resource_group" "main" {
  name     = "rg-acr"
  location = "westeurope"
}

resource "azurerm_container_registry" "prod" {
  name                          = "acracmeprod"
  resource_group_name           = azurerm_resource_group.main.name
  location                      = azurerm_resource_group.main.location
  sku                           = "Premium"
  public_network_access_enabled = false
  retention_policy_in_days      = 30
}

resource "azurerm_container_registry" "configurable" {
  name                          = "acracmeconf"
  resource_group_name           = azurerm_resource_group.main.name
  location                      = azurerm_resource_group.main.location
  sku                           = "Premium"
  public_network_access_enabled = false
  retention_policy_in_days      = var.retention_days
}

# Retention policies need Premium: not judged on Standard.
resource "azurerm_container_registry" "dev" {
  name                = "acracmedev"
  resource_group_name = azurerm_resource_group.main.name
  location            = azurerm_resource_group.main.location
  sku                 = "Standard"
}
