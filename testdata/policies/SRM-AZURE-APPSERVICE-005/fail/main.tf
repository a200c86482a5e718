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

resource "azurerm_windows_web_app" "portal" { # expect: SRM-AZURE-APPSERVICE-005
  name                = "app-acme-portal"
  resource_group_name = azurerm_resource_group.main.name
  location            = azurerm_resource_group.main.location
  service_plan_id     = azurerm_service_plan.main.id
  https_only          = true

  site_config {}

  connection_string {
    name  = "orders"
    type  = "SQLAzure"
    value = "Server=tcp:sql-acme-orders.database.windows.net;Database=orders;Authentication=Active Directory Default"
  }
}
