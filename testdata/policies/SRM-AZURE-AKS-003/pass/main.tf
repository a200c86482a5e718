variable "api_server_ranges" {
  type = list(string)
}

resource "azurerm_resource_group" "main" {
  name     = "rg-aks"
  location = "westeurope"
}

resource "azurerm_kubernetes_cluster" "private" {
  name                    = "aks-acme-private"
  location                = azurerm_resource_group.main.location
  resource_group_name     = azurerm_resource_group.main.name
  dns_prefix              = "acme-private"
  private_cluster_enabled = true
  local_account_disabled  = true

  default_node_pool {
    name       = "system"
    node_count = 3
    vm_size    = "Standard_D4s_v5"
  }

  identity {
    type = "SystemAssigned"
  }
}

resource "azurerm_kubernetes_cluster" "restricted" {
  name                   = "aks-acme-restricted"
  location               = azurerm_resource_group.main.location
  resource_group_name    = azurerm_resource_group.main.name
  dns_prefix             = "acme-restricted"
  local_account_disabled = true

  api_server_access_profile {
    authorized_ip_ranges = ["203.0.113.0/24", "198.51.100.10/32"]
  }

  default_node_pool {
    name       = "system"
    node_count = 3
    vm_size    = "Standard_D4s_v5"
  }

  identity {
    type = "SystemAssigned"
  }
}

# azurerm 3.x attribute fed by a variable: not judged.
resource "azurerm_kubernetes_cluster" "legacy" {
  name                            = "aks-acme-legacy"
  location                        = azurerm_resource_group.main.location
  resource_group_name             = azurerm_resource_group.main.name
  dns_prefix                      = "acme-legacy"
  api_server_authorized_ip_ranges = var.api_server_ranges

  default_node_pool {
    name       = "system"
    node_count = 2
    vm_size    = "Standard_D4s_v5"
  }

  identity {
    type = "SystemAssigned"
  }
}
