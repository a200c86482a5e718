variable "log_category" {
  type = string
}

resource "azurerm_resource_group" "main" {
  name     = "rg-web"
  location = "westeurope"
}

resource "azurerm_log_analytics_workspace" "main" {
  name                = "log-acme-web"
  location            = azurerm_resource_group.main.location
  resource_group_name = azurerm_resource_group.main.name
  sku                 = "PerGB2018"
  retention_in_days   = 90
}

resource "azurerm_service_plan" "main" {
  name                = "asp-acme"
  location            = azurerm_resource_group.main.location
  resource_group_name = azurerm_resource_group.main.name
  os_type             = "Windows"
  sku_name            = "P1v3"
}

resource "azurerm_windows_web_app" "shop" {
  name                = "app-acme-shop"
  location            = azurerm_resource_group.main.location
  resource_group_name = azurerm_resource_group.main.name
  service_plan_id     = azurerm_service_plan.main.id
  https_only          = true

  site_config {}

  logs {
    detailed_error_messages = true
    failed_request_tracing  = true

    http_logs {
      file_system {
        retention_in_days = 30
        retention_in_mb   = 100
      }
    }
  }
}

resource "azurerm_windows_web_app" "api" {
  name                = "app-acme-api"
  location            = azurerm_resource_group.main.location
  resource_group_name = azurerm_resource_group.main.name
  service_plan_id     = azurerm_service_plan.main.id
  https_only          = true

  site_config {}
}

resource "azurerm_monitor_diagnostic_setting" "api" {
  name                       = "app-acme-api-logs"
  target_resource_id         = azurerm_windows_web_app.api.id
  log_analytics_workspace_id = azurerm_log_analytics_workspace.main.id

  enabled_log {
    category = "AppServiceHTTPLogs"
  }

  enabled_log {
    category = "AppServiceAuditLogs"
  }
}

resource "azurerm_windows_web_app" "configurable" {
  name                = "app-acme-conf"
  location            = azurerm_resource_group.main.location
  resource_group_name = azurerm_resource_group.main.name
  service_plan_id     = azurerm_service_plan.main.id
  https_only          = true

  site_config {}
}

resource "azurerm_monitor_diagnostic_setting" "configurable" {
  name                       = "app-acme-conf-logs"
  target_resource_id         = azurerm_windows_web_app.configurable.id
  log_analytics_workspace_id = azurerm_log_analytics_workspace.main.id

  enabled_log {
    category = var.log_category
  }
}
