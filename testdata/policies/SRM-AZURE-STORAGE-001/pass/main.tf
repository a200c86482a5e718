variable "https_only" {
  type    = bool
  default = true
}

resource "azurerm_resource_group" "main" {
  name     = "rg-data"
  location = "westeurope"
}

# Secure transfer is required by default.
resource "azurerm_storage_account" "default" {
  name                     = "acmedefault"
  resource_group_name      = azurerm_resource_group.main.name
  location                 = azurerm_resource_group.main.location
  account_tier             = "Standard"
  account_replication_type = "GRS"
}

resource "azurerm_storage_account" "explicit" {
  name                       = "acmeexplicit"
  resource_group_name        = azurerm_resource_group.main.name
  location                   = azurerm_resource_group.main.location
  account_tier               = "Standard"
  account_replication_type   = "GRS"
  https_traffic_only_enabled = true
}

resource "azurerm_storage_account" "legacy" {
  name                      = "acmelegacy"
  resource_group_name       = azurerm_resource_group.main.name
  location                  = azurerm_resource_group.main.location
  account_tier              = "Standard"
  account_replication_type  = "LRS"
  enable_https_traffic_only = true
}

# Decided by a variable: not judged.
resource "azurerm_storage_account" "configurable" {
  name                       = "acmeconfigurable"
  resource_group_name        = azurerm_resource_group.main.name
  location                   = azurerm_resource_group.main.location
  account_tier               = "Standard"
  account_replication_type   = "LRS"
  https_traffic_only_enabled = var.https_only
}
