resource "azurerm_resource_group" "main" {
  name     = "rg-web"
  location = "westeurope"
}

resource "azurerm_service_plan" "main" {
  name                = "asp-acme"
  location            = azurerm_resource_group.main.location
  resource_group_name = azurerm_resource_group.main.name
  os_type             = "Linux"
  sku_name            = "P1v3"
}

resource "azurerm_linux_web_app" "shop" { # expect: SRM-AZURE-APPSERVICE-010
  name                = "app-acme-shop"
  location            = azurerm_resource_group.main.location
  resource_group_name = azurerm_resource_group.main.name
  service_plan_id     = azurerm_service_plan.main.id
  https_only          = true

  site_config {}
}

# Application logs only.
resource "azurerm_linux_web_app" "api" {
  name                = "app-acme-api"
  location            = azurerm_resource_group.main.location
  resource_group_name = azurerm_resource_group.main.name
  service_plan_id     = azurerm_service_plan.main.id
  https_only          = true

  site_config {}

  logs { # expect: SRM-AZURE-APPSERVICE-010
    detailed_error_messages = true

    application_logs {
      file_system_level = "Warning"
    }
  }
}
