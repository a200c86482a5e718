variable "python_version" {
  type = string
}

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

resource "azurerm_linux_web_app" "api" {
  name                = "app-acme-api"
  location            = azurerm_resource_group.main.location
  resource_group_name = azurerm_resource_group.main.name
  service_plan_id     = azurerm_service_plan.linux.id
  https_only          = true

  site_config {
    application_stack {
      python_version = "3.12"
    }
  }
}

resource "azurerm_linux_web_app" "web" {
  name                = "app-acme-web"
  location            = azurerm_resource_group.main.location
  resource_group_name = azurerm_resource_group.main.name
  service_plan_id     = azurerm_service_plan.linux.id
  https_only          = true

  site_config {
    application_stack {
      node_version = "22-lts"
    }
  }
}

resource "azurerm_linux_web_app" "configurable" {
  name                = "app-acme-conf"
  location            = azurerm_resource_group.main.location
  resource_group_name = azurerm_resource_group.main.name
  service_plan_id     = azurerm_service_plan.linux.id
  https_only          = true

  site_config {
    application_stack {
      python_version = var.python_version
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

resource "azurerm_linux_function_app" "jobs" {
  name                          = "func-acme-jobs"
  location                      = azurerm_resource_group.main.location
  resource_group_name           = azurerm_resource_group.main.name
  service_plan_id               = azurerm_service_plan.linux.id
  storage_account_name          = azurerm_storage_account.func.name
  storage_uses_managed_identity = true
  functions_extension_version   = "~4"

  identity {
    type = "SystemAssigned"
  }

  site_config {
    application_stack {
      dotnet_version              = "10.0"
      use_dotnet_isolated_runtime = true
    }
  }
}
