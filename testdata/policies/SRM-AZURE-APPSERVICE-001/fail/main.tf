variable "storage_key" {
  type      = string
  sensitive = true
}

resource "azurerm_resource_group" "main" {
  name     = "rg-web"
  location = "westeurope"
}

resource "azurerm_service_plan" "main" {
  name                = "asp-acme"
  resource_group_name = azurerm_resource_group.main.name
  location            = azurerm_resource_group.main.location
  os_type             = "Linux"
  sku_name            = "P1v3"
}

resource "azurerm_linux_web_app" "portal" { # expect: SRM-AZURE-APPSERVICE-001
  name                = "app-acme-portal"
  resource_group_name = azurerm_resource_group.main.name
  location            = azurerm_resource_group.main.location
  service_plan_id     = azurerm_service_plan.main.id

  site_config {}
}

resource "azurerm_linux_function_app" "jobs" {
  name                       = "func-acme-jobs"
  resource_group_name        = azurerm_resource_group.main.name
  location                   = azurerm_resource_group.main.location
  service_plan_id            = azurerm_service_plan.main.id
  storage_account_name       = "acmefuncjobs"
  storage_account_access_key = var.storage_key
  https_only                 = false # expect: SRM-AZURE-APPSERVICE-001

  site_config {}
}
