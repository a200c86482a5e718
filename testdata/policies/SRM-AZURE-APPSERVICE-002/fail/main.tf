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

resource "azurerm_linux_web_app" "portal" {
  name                = "app-acme-portal"
  resource_group_name = azurerm_resource_group.main.name
  location            = azurerm_resource_group.main.location
  service_plan_id     = azurerm_service_plan.main.id
  https_only          = true

  site_config {
    minimum_tls_version     = "1.0" # expect: SRM-AZURE-APPSERVICE-002
    scm_minimum_tls_version = "1.1" # expect: SRM-AZURE-APPSERVICE-002
  }
}

# azurerm 2.x/3.x legacy App Service.
resource "azurerm_app_service" "legacy" {
  name                = "app-acme-legacy"
  location            = azurerm_resource_group.main.location
  resource_group_name = azurerm_resource_group.main.name
  app_service_plan_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-web/providers/Microsoft.Web/serverFarms/asp-legacy"
  https_only          = true

  site_config {
    min_tls_version = "1.1" # expect: SRM-AZURE-APPSERVICE-002
  }
}
