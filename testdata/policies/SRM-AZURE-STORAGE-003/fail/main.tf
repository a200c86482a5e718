resource "azurerm_resource_group" "main" {
  name     = "rg-web"
  location = "westeurope"
}

resource "azurerm_storage_account" "assets" {
  name                            = "acmeassets"
  resource_group_name             = azurerm_resource_group.main.name
  location                        = azurerm_resource_group.main.location
  account_tier                    = "Standard"
  account_replication_type        = "GRS"
  allow_nested_items_to_be_public = true # expect: SRM-AZURE-STORAGE-003
}

# Not set: azurerm defaults it to true.
resource "azurerm_storage_account" "uploads" { # expect: SRM-AZURE-STORAGE-003
  name                     = "acmeuploads"
  resource_group_name      = azurerm_resource_group.main.name
  location                 = azurerm_resource_group.main.location
  account_tier             = "Standard"
  account_replication_type = "LRS"
}
