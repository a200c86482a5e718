resource "azurerm_resource_group" "main" {
  name     = "rg-acr"
  location = "westeurope"
}

resource "azurerm_container_registry" "dev" { # expect: SRM-AZURE-ACR-002
  name                = "acracmedev"
  resource_group_name = azurerm_resource_group.main.name
  location            = azurerm_resource_group.main.location
  sku                 = "Standard"
}

resource "azurerm_container_registry" "prod" {
  name                = "acracmeprod"
  resource_group_name = azurerm_resource_group.main.name
  location            = azurerm_resource_group.main.location
  sku                 = "Premium"

  network_rule_set {
    default_action = "Allow" # expect: SRM-AZURE-ACR-002

    ip_rule {
      action   = "Allow"
      ip_range = "203.0.113.0/24"
    }
  }
}
