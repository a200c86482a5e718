resource "azurerm_resource_group" "main" {
  name     = "rg-web"
  location = "westeurope"
}

resource "azurerm_service_plan" "linux" {
  name                = "asp-acme-linux"
  location            = azurerm_resource_group.main.location
  resource_group_name = azurerm_resource_group.main.name
  os_type             = "Linux"
  sku_name            = "P1v3"
}

resource "azurerm_service_plan" "windows" {
  name                = "asp-acme-windows"
  location            = azurerm_resource_group.main.location
  resource_group_name = azurerm_resource_group.main.name
  os_type             = "Windows"
  sku_name            = "P1v3"
}

resource "azurerm_linux_web_app" "api" {
  name                = "app-acme-api"
  location            = azurerm_resource_group.main.location
  resource_group_name = azurerm_resource_group.main.name
  service_plan_id     = azurerm_service_plan.linux.id
  https_only          = true

  site_config {
    application_stack {
      python_version = "3.8" # expect: SRM-AZURE-APPSERVICE-009
    }
  }
}

resource "azurerm_windows_web_app" "portal" {
  name                = "app-acme-portal"
  location            = azurerm_resource_group.main.location
  resource_group_name = azurerm_resource_group.main.name
  service_plan_id     = azurerm_service_plan.windows.id
  https_only          = true

  site_config {
    application_stack {
      current_stack = "node"
      node_version  = "~16" # expect: SRM-AZURE-APPSERVICE-009
    }
  }
}

resource "azurerm_storage_account" "func" {
  name                     = "stacmefunc"
  resource_group_name      = azurerm_resource_group.main.name
  location                 = azurerm_resource_group.main.location
  account_tier             = "Standard"
  account_replication_type = "LRS"
}

resource "azurerm_windows_function_app" "jobs" {
  name                        = "func-acme-jobs"
  location                    = azurerm_resource_group.main.location
  resource_group_name         = azurerm_resource_group.main.name
  service_plan_id             = azurerm_service_plan.windows.id
  storage_account_name        = azurerm_storage_account.func.name
  storage_account_access_key  = azurerm_storage_account.func.primary_access_key
  functions_extension_version = "~3" # expect: SRM-AZURE-APPSERVICE-009

  site_config {
    application_stack {
      dotnet_version = "v6.0" # expect: SRM-AZURE-APPSERVICE-009
    }
  }
}
