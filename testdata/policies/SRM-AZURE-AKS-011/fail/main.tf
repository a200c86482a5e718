resource "azurerm_resource_group" "main" {
  name     = "rg-aks"
  location = "westeurope"
}

resource "azurerm_kubernetes_cluster" "game" {
  name                = "aks-acme-game"
  location            = azurerm_resource_group.main.location
  resource_group_name = azurerm_resource_group.main.name
  dns_prefix          = "acme-game"

  default_node_pool {
    name                   = "system"
    node_count             = 3
    vm_size                = "Standard_D4s_v5"
    node_public_ip_enabled = true # expect: SRM-AZURE-AKS-011
  }

  identity {
    type = "SystemAssigned"
  }
}

# Game servers reached directly on each node's public address.
resource "azurerm_kubernetes_cluster_node_pool" "servers" {
  name                   = "servers"
  kubernetes_cluster_id  = azurerm_kubernetes_cluster.game.id
  vm_size                = "Standard_F8s_v2"
  node_count             = 5
  node_public_ip_enabled = true # expect: SRM-AZURE-AKS-011
}

# azurerm 3.x name.
resource "azurerm_kubernetes_cluster_node_pool" "legacy" {
  name                  = "legacy"
  kubernetes_cluster_id = azurerm_kubernetes_cluster.game.id
  vm_size               = "Standard_F8s_v2"
  node_count            = 2
  enable_node_public_ip = true # expect: SRM-AZURE-AKS-011
}
