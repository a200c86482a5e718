variable "image_cleaner_enabled" {
  type = bool
}

resource "azurerm_kubernetes_cluster" "apps" {
  name                         = "aks-apps"
  location                     = "westeurope"
  resource_group_name          = "rg-apps"
  dns_prefix                   = "apps"
  image_cleaner_enabled        = true
  image_cleaner_interval_hours = 168

  default_node_pool {
    name       = "system"
    node_count = 2
    vm_size    = "Standard_D2s_v5"
  }

  identity {
    type = "SystemAssigned"
  }
}

# From a variable without a default: not judged.
resource "azurerm_kubernetes_cluster" "configurable" {
  name                  = "aks-configurable"
  location              = "westeurope"
  resource_group_name   = "rg-apps"
  dns_prefix            = "configurable"
  image_cleaner_enabled = var.image_cleaner_enabled

  default_node_pool {
    name       = "system"
    node_count = 1
    vm_size    = "Standard_D2s_v5"
  }

  identity {
    type = "SystemAssigned"
  }
}
