variable "activity_log_days" {
  type    = number
  default = 730
}

# One log profile per subscription: each profile below targets its own subscription.
provider "azurerm" {
  features {}
}

provider "azurerm" {
  alias           = "archive"
  subscription_id = "11111111-1111-1111-1111-111111111111"
  features {}
}

provider "azurerm" {
  alias           = "sandbox"
  subscription_id = "22222222-2222-2222-2222-222222222222"
  features {}
}

data "azurerm_storage_account" "audit" {
  name                = "acmeactivitylogs"
  resource_group_name = "rg-logs"
}

resource "azurerm_monitor_log_profile" "main" {
  name               = "default"
  categories         = ["Action", "Delete", "Write"]
  locations          = ["global", "westeurope", "northeurope"]
  storage_account_id = data.azurerm_storage_account.audit.id

  retention_policy {
    enabled = true
    days    = 365
  }
}

# 0 days: kept indefinitely.
resource "azurerm_monitor_log_profile" "archive" {
  provider           = azurerm.archive
  name               = "default"
  categories         = ["Action", "Delete", "Write"]
  locations          = ["global"]
  storage_account_id = data.azurerm_storage_account.audit.id

  retention_policy {
    enabled = true
    days    = 0
  }
}

resource "azurerm_monitor_log_profile" "sandbox" {
  provider           = azurerm.sandbox
  name               = "default"
  categories         = ["Action", "Delete", "Write"]
  locations          = ["global"]
  storage_account_id = data.azurerm_storage_account.audit.id

  retention_policy {
    enabled = true
    days    = var.activity_log_days
  }
}
