variable "host_encryption_enabled" {
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
    name                        = "system"
    node_count                  = 3
    vm_size                     = "Standard_D4s_v5"
    host_encryption_enabled     = true
    temporary_name_for_rotation = "systemtmp"
  }

  identity {
    type = "SystemAssigned"
  }
}

resource "azurerm_kubernetes_cluster_node_pool" "user" {
  name                    = "user"
  kubernetes_cluster_id   = azurerm_kubernetes_cluster.prod.id
  vm_size                 = "Standard_D8s_v5"
  node_count              = 3
  host_encryption_enabled = true
}

resource "azurerm_kubernetes_cluster_node_pool" "configurable" {
  name                    = "conf"
  kubernetes_cluster_id   = azurerm_kubernetes_cluster.prod.id
  vm_size                 = "Standard_D8s_v5"
  node_count              = 1
  host_encryption_enabled = var.host_encryption_enabled
}
