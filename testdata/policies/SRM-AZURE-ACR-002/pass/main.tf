variable "public_network_access_enabled" {
  type = bool
}

resource "azurerm_resource_group" "main" {
  name     = "rg-acr"
  location = "westeurope"
}

# Private endpoints only.
resource "azurerm_container_registry" "prod" {
  name                          = "acracmeprod"
  resource_group_name           = azurerm_resource_group.main.name
  location                      = azurerm_resource_group.main.location
  sku                           = "Premium"
  public_network_access_enabled = false
}

# Public endpoint limited to the build agents' range.
resource "azurerm_container_registry" "build" {
  name                = "acracmebuild"
  resource_group_name = azurerm_resource_group.main.name
  location            = azurerm_resource_group.main.location
  sku                 = "Premium"

  network_rule_set {
    default_action = "Deny"

    ip_rule {
      action   = "Allow"
      ip_range = "203.0.113.0/24"
    }
  }
}

resource "azurerm_container_registry" "configurable" {
  name                          = "acracmeconf"
  resource_group_name           = azurerm_resource_group.main.name
  location                      = azurerm_resource_group.main.location
  sku                           = "Premium"
  public_network_access_enabled = var.public_network_access_enabled
}
