# Image Cleaner explicitly off.
resource "azurerm_kubernetes_cluster" "apps" {
  name                  = "aks-apps"
  location              = "westeurope"
  resource_group_name   = "rg-apps"
  dns_prefix            = "apps"
  image_cleaner_enabled = false # expect: SRM-AZURE-AKS-008

  default_node_pool {
    name       = "system"
    node_count = 2
    vm_size    = "Standard_D2s_v5"
  }

  identity {
    type = "SystemAssigned"
  }
}

# Image Cleaner left out: off by default.
resource "azurerm_kubernetes_cluster" "batch" { # expect: SRM-AZURE-AKS-008
  name                = "aks-batch"
  location            = "westeurope"
  resource_group_name = "rg-batch"
  dns_prefix          = "batch"

  default_node_pool {
    name       = "system"
    node_count = 1
    vm_size    = "Standard_D2s_v5"
  }

  identity {
    type = "SystemAssigned"
  }
}
