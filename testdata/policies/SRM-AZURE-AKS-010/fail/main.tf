resource "azurerm_resource_group" "main" {
  name     = "rg-aks"
  location = "westeurope"
}

# No Entra ID integration.
resource "azurerm_kubernetes_cluster" "dev" { # expect: SRM-AZURE-AKS-010
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

# Entra ID authentication, but authorization stays in Kubernetes RoleBindings.
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

  azure_active_directory_role_based_access_control { # expect: SRM-AZURE-AKS-010
    admin_group_object_ids = ["3f1c4e0a-2b6d-4c8e-9a7f-5d2e1b0c9a84"]
  }
}

resource "azurerm_kubernetes_cluster" "batch" {
  name                   = "aks-acme-batch"
  location               = azurerm_resource_group.main.location
  resource_group_name    = azurerm_resource_group.main.name
  dns_prefix             = "acme-batch"
  local_account_disabled = true

  default_node_pool {
    name       = "system"
    node_count = 2
    vm_size    = "Standard_D4s_v5"
  }

  identity {
    type = "SystemAssigned"
  }

  azure_active_directory_role_based_access_control {
    azure_rbac_enabled     = false # expect: SRM-AZURE-AKS-010
    admin_group_object_ids = ["3f1c4e0a-2b6d-4c8e-9a7f-5d2e1b0c9a84"]
  }
}
