resource "azurerm_resource_group" "main" {
  name     = "rg-aks"
  location = "westeurope"
}

resource "azurerm_kubernetes_cluster" "prod" {
  name                = "aks-acme-prod"
  location            = azurerm_resource_group.main.location
  resource_group_name = azurerm_resource_group.main.name
  dns_prefix          = "acme-prod"

  default_node_pool { # expect: SRM-AZURE-AKS-012
    name       = "system"
    node_count = 3
    vm_size    = "Standard_D4s_v5"
  }

  identity {
    type = "SystemAssigned"
  }
}

resource "azurerm_kubernetes_cluster_node_pool" "user" { # expect: SRM-AZURE-AKS-012
  name                  = "user"
  kubernetes_cluster_id = azurerm_kubernetes_cluster.prod.id
  vm_size               = "Standard_D8s_v5"
  node_count            = 3
}

resource "azurerm_kubernetes_cluster_node_pool" "batch" {
  name                    = "batch"
  kubernetes_cluster_id   = azurerm_kubernetes_cluster.prod.id
  vm_size                 = "Standard_D8s_v5"
  node_count              = 2
  host_encryption_enabled = false # expect: SRM-AZURE-AKS-012
}
