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

resource "azurerm_linux_web_app" "partner_api" { # expect: SRM-AZURE-APPSERVICE-004
  name                = "app-acme-partner-api"
  resource_group_name = azurerm_resource_group.main.name
  location            = azurerm_resource_group.main.location
  service_plan_id     = azurerm_service_plan.main.id
  https_only          = true

  site_config {}
}

resource "azurerm_linux_web_app" "backoffice" {
  name                       = "app-acme-backoffice"
  resource_group_name        = azurerm_resource_group.main.name
  location                   = azurerm_resource_group.main.location
  service_plan_id            = azurerm_service_plan.main.id
  https_only                 = true
  client_certificate_enabled = false # expect: SRM-AZURE-APPSERVICE-004

  site_config {}
}
