variable "azure_rbac_enabled" {
  type = bool
}

data "azurerm_client_config" "current" {}

resource "azurerm_resource_group" "main" {
  name     = "rg-aks"
  location = "westeurope"
}

resource "azurerm_kubernetes_cluster" "prod" {
  name                   = "aks-acme-prod"
  location               = azurerm_resource_group.main.location
  resource_group_name    = azurerm_resource_group.main.name
  dns_prefix             = "acme-prod"
  local_account_disabled = true

  default_node_pool {
    name       = "system"
    node_count = 3
    vm_size    = "Standard_D4s_v5"
  }

  identity {
    type = "SystemAssigned"
  }

  azure_active_directory_role_based_access_control {
    tenant_id              = data.azurerm_client_config.current.tenant_id
    azure_rbac_enabled     = true
    admin_group_object_ids = ["3f1c4e0a-2b6d-4c8e-9a7f-5d2e1b0c9a84"]
  }
}

resource "azurerm_kubernetes_cluster" "configurable" {
  name                = "aks-acme-conf"
  location            = azurerm_resource_group.main.location
  resource_group_name = azurerm_resource_group.main.name
  dns_prefix          = "acme-conf"

  default_node_pool {
    name       = "system"
    node_count = 2
    vm_size    = "Standard_D4s_v5"
  }

  identity {
    type = "SystemAssigned"
  }

  azure_active_directory_role_based_access_control {
    azure_rbac_enabled = var.azure_rbac_enabled
  }
}
