resource "azurerm_resource_group" "main" {
  name     = "rg-aks"
  location = "westeurope"
}

# Public API server, no authorized ranges.
resource "azurerm_kubernetes_cluster" "dev" { # expect: SRM-AZURE-AKS-003
  name                   = "aks-acme-dev"
  location               = azurerm_resource_group.main.location
  resource_group_name    = azurerm_resource_group.main.name
  dns_prefix             = "acme-dev"
  local_account_disabled = true

  default_node_pool {
    name       = "system"
    node_count = 2
    vm_size    = "Standard_D4s_v5"
  }

  identity {
    type = "SystemAssigned"
  }
}

# Authorized ranges that include the whole internet.
resource "azurerm_kubernetes_cluster" "staging" {
  name                   = "aks-acme-staging"
  location               = azurerm_resource_group.main.location
  resource_group_name    = azurerm_resource_group.main.name
  dns_prefix             = "acme-staging"
  local_account_disabled = true

  api_server_access_profile {
    authorized_ip_ranges = [
      "203.0.113.0/24",
      "0.0.0.0/0", # expect: SRM-AZURE-AKS-003
    ]
  }

  default_node_pool {
    name       = "system"
    node_count = 2
    vm_size    = "Standard_D4s_v5"
  }

  identity {
    type = "SystemAssigned"
  }
}
