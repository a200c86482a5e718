resource "azurerm_resource_group" "main" {
  name     = "rg-web"
  location = "westeurope"
}

resource "azurerm_storage_account" "web" {
  name                     = "acmeweb"
  resource_group_name      = azurerm_resource_group.main.name
  location                 = azurerm_resource_group.main.location
  account_tier             = "Standard"
  account_replication_type = "GRS"
}

# azurerm 4.x: container referring to the account by id.
resource "azurerm_storage_container" "images" {
  name                  = "images"
  storage_account_id    = azurerm_storage_account.web.id
  container_access_type = "blob" # expect: SRM-AZURE-STORAGE-004
}

# azurerm 3.x: container referring to the account by name.
resource "azurerm_storage_container" "exports" {
  name                  = "exports"
  storage_account_name  = azurerm_storage_account.web.name
  container_access_type = "container" # expect: SRM-AZURE-STORAGE-004
}
