variable "basic_auth_enabled" {
  type = bool
}

resource "azurerm_resource_group" "main" {
  name     = "rg-web"
  location = "westeurope"
}

resource "azurerm_service_plan" "main" {
  name                = "asp-acme"
  location            = azurerm_resource_group.main.location
  resource_group_name = azurerm_resource_group.main.name
  os_type             = "Windows"
  sku_name            = "P1v3"
}

# FTP stays off (the azurerm 4.x default), so only Web Deploy matters.
resource "azurerm_windows_web_app" "shop" {
  name                                           = "app-acme-shop"
  location                                       = azurerm_resource_group.main.location
  resource_group_name                            = azurerm_resource_group.main.name
  service_plan_id                                = azurerm_service_plan.main.id
  https_only                                     = true
  webdeploy_publish_basic_authentication_enabled = false

  site_config {}
}

resource "azurerm_windows_web_app" "ftp" {
  name                                           = "app-acme-ftp"
  location                                       = azurerm_resource_group.main.location
  resource_group_name                            = azurerm_resource_group.main.name
  service_plan_id                                = azurerm_service_plan.main.id
  https_only                                     = true
  webdeploy_publish_basic_authentication_enabled = false
  ftp_publish_basic_authentication_enabled       = false

  site_config {
    ftps_state = "FtpsOnly"
  }
}

resource "azurerm_windows_web_app" "configurable" {
  name                                           = "app-acme-conf"
  location                                       = azurerm_resource_group.main.location
  resource_group_name                            = azurerm_resource_group.main.name
  service_plan_id                                = azurerm_service_plan.main.id
  https_only                                     = true
  webdeploy_publish_basic_authentication_enabled = var.basic_auth_enabled

  site_config {}
}
