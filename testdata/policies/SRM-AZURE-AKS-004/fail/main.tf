resource "azurerm_resource_group" "main" {
  name     = "rg-aks"
  location = "westeurope"
}

# No network profile: kubenet without a policy engine.
resource "azurerm_kubernetes_cluster" "dev" { # expect: SRM-AZURE-AKS-004
  name                = "aks-acme-dev"
  location            = azurerm_resource_group.main.location
  resource_group_name = azurerm_resource_group.main.name
  dns_prefix          = "acme-dev"

  default_node_pool {
    name       = "system"
    node_count = 2
    vm_size    = "Standard_D4s_v5"
  }

  identity {
    type = "SystemAssigned"
  }
}

resource "azurerm_kubernetes_cluster" "staging" {
  name                = "aks-acme-staging"
  location            = azurerm_resource_group.main.location
  resource_group_name = azurerm_resource_group.main.name
  dns_prefix          = "acme-staging"

  default_node_pool {
    name       = "system"
    node_count = 2
    vm_size    = "Standard_D4s_v5"
  }

  identity {
    type = "SystemAssigned"
  }

  network_profile { # expect: SRM-AZURE-AKS-004
    network_plugin    = "azure"
    load_balancer_sku = "standard"
  }
}
