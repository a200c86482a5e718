variable "https_only" {
  type    = bool
  default = true
}

resource "azurerm_resource_group" "main" {
  name     = "rg-web"
  location = "westeurope"
}

resource "azurerm_service_plan" "main" {
  name                = "asp-acme"
  resource_group_name = azurerm_resource_group.main.name
  location            = azurerm_resource_group.main.location
  os_type             = "Windows"
  sku_name            = "P1v3"
}

resource "azurerm_windows_web_app" "portal" {
  name                = "app-acme-portal"
  resource_group_name = azurerm_resource_group.main.name
  location            = azurerm_resource_group.main.location
  service_plan_id     = azurerm_service_plan.main.id
  https_only          = true

  site_config {}
}

resource "azurerm_windows_function_app" "jobs" {
  name                          = "func-acme-jobs"
  resource_group_name           = azurerm_resource_group.main.name
  location                      = azurerm_resource_group.main.location
  service_plan_id               = azurerm_service_plan.main.id
  storage_account_name          = "acmefuncjobs"
  storage_uses_managed_identity = true
  https_only                    = var.https_only

  identity {
    type = "SystemAssigned"
  }

  site_config {}
}
