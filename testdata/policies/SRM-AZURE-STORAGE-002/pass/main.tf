variable "min_tls_version" {
  type    = string
  default = "TLS1_2"
}

resource "azurerm_resource_group" "main" {
  name     = "rg-data"
  location = "westeurope"
}

# TLS 1.2 is the default for new accounts.
resource "azurerm_storage_account" "default" {
  name                     = "acmedefault"
  resource_group_name      = azurerm_resource_group.main.name
  location                 = azurerm_resource_group.main.location
  account_tier             = "Standard"
  account_replication_type = "GRS"
}

resource "azurerm_storage_account" "explicit" {
  name                     = "acmeexplicit"
  resource_group_name      = azurerm_resource_group.main.name
  location                 = azurerm_resource_group.main.location
  account_tier             = "Standard"
  account_replication_type = "GRS"
  min_tls_version          = "TLS1_2"
}

resource "azurerm_storage_account" "configurable" {
  name                     = "acmeconfigurable"
  resource_group_name      = azurerm_resource_group.main.name
  location                 = azurerm_resource_group.main.location
  account_tier             = "Standard"
  account_replication_type = "LRS"
  min_tls_version          = var.min_tls_version
}
