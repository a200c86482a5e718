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

# Basic authentication left at its default.
resource "azurerm_linux_web_app" "shop" { # expect: SRM-AZURE-APPSERVICE-008
  name                = "app-acme-shop"
  location            = azurerm_resource_group.main.location
  resource_group_name = azurerm_resource_group.main.name
  service_plan_id     = azurerm_service_plan.main.id
  https_only          = true

  site_config {
    application_stack {
      node_version = "22-lts"
    }
  }
}

# Deployed over FTPS with the publish profile.
resource "azurerm_linux_web_app" "legacy" {
  name                                           = "app-acme-legacy"
  location                                       = azurerm_resource_group.main.location
  resource_group_name                            = azurerm_resource_group.main.name
  service_plan_id                                = azurerm_service_plan.main.id
  https_only                                     = true
  webdeploy_publish_basic_authentication_enabled = true # expect: SRM-AZURE-APPSERVICE-008
  ftp_publish_basic_authentication_enabled       = true # expect: SRM-AZURE-APPSERVICE-008

  site_config {
    ftps_state = "FtpsOnly"
  }
}

resource "azurerm_storage_account" "func" {
  name                     = "stacmefunc"
  resource_group_name      = azurerm_resource_group.main.name
  location                 = azurerm_resource_group.main.location
  account_tier             = "Standard"
  account_replication_type = "LRS"
}

resource "azurerm_linux_function_app" "jobs" { # expect: SRM-AZURE-APPSERVICE-008
  name                          = "func-acme-jobs"
  location                      = azurerm_resource_group.main.location
  resource_group_name           = azurerm_resource_group.main.name
  service_plan_id               = azurerm_service_plan.main.id
  storage_account_name          = azurerm_storage_account.func.name
  storage_uses_managed_identity = true

  identity {
    type = "SystemAssigned"
  }

  site_config {
    application_stack {
      python_version = "3.12"
    }
  }
}
