variable "node_public_ip_enabled" {
  type = bool
}

resource "azurerm_resource_group" "main" {
  name     = "rg-aks"
  location = "westeurope"
}

resource "azurerm_kubernetes_cluster" "prod" {
  name                = "aks-acme-prod"
  location            = azurerm_resource_group.main.location
  resource_group_name = azurerm_resource_group.main.name
  dns_prefix          = "acme-prod"

  default_node_pool {
    name       = "system"
    node_count = 3
    vm_size    = "Standard_D4s_v5"
  }

  identity {
    type = "SystemAssigned"
  }
}

resource "azurerm_kubernetes_cluster_node_pool" "user" {
  name                   = "user"
  kubernetes_cluster_id  = azurerm_kubernetes_cluster.prod.id
  vm_size                = "Standard_D8s_v5"
  node_count             = 3
  node_public_ip_enabled = false
}

resource "azurerm_kubernetes_cluster_node_pool" "configurable" {
  name                   = "conf"
  kubernetes_cluster_id  = azurerm_kubernetes_cluster.prod.id
  vm_size                = "Standard_D8s_v5"
  node_count             = 1
  node_public_ip_enabled = var.node_public_ip_enabled
}
