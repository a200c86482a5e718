resource "azurerm_resource_group" "main" {
  name     = "rg-aks"
  location = "westeurope"
}

# No channel: the cluster is never upgraded automatically.
resource "azurerm_kubernetes_cluster" "dev" { # expect: SRM-AZURE-AKS-005
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

# azurerm 3.x names, node OS patches switched off.
resource "azurerm_kubernetes_cluster" "legacy" {
  name                      = "aks-acme-legacy"
  location                  = azurerm_resource_group.main.location
  resource_group_name       = azurerm_resource_group.main.name
  dns_prefix                = "acme-legacy"
  automatic_channel_upgrade = "none" # expect: SRM-AZURE-AKS-005
  node_os_channel_upgrade   = "None" # expect: SRM-AZURE-AKS-005

  default_node_pool {
    name       = "system"
    node_count = 2
    vm_size    = "Standard_D4s_v5"
  }

  identity {
    type = "SystemAssigned"
  }
}
