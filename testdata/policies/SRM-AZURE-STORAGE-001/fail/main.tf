resource "azurerm_resource_group" "main" {
  name     = "rg-data"
  location = "westeurope"
}

# azurerm 4.x attribute.
resource "azurerm_storage_account" "reports" {
  name                       = "acmereports"
  resource_group_name        = azurerm_resource_group.main.name
  location                   = azurerm_resource_group.main.location
  account_tier               = "Standard"
  account_replication_type   = "GRS"
  https_traffic_only_enabled = false # expect: SRM-AZURE-STORAGE-001
}

# azurerm 3.x attribute.
resource "azurerm_storage_account" "legacy" {
  name                      = "acmelegacy"
  resource_group_name       = azurerm_resource_group.main.name
  location                  = azurerm_resource_group.main.location
  account_tier              = "Standard"
  account_replication_type  = "LRS"
  enable_https_traffic_only = false # expect: SRM-AZURE-STORAGE-001
}
