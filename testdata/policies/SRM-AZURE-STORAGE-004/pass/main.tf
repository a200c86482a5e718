variable "access_type" {
  type    = string
  default = "private"
}

resource "azurerm_resource_group" "main" {
  name     = "rg-web"
  location = "westeurope"
}

resource "azurerm_storage_account" "web" {
  name                            = "acmeweb"
  resource_group_name             = azurerm_resource_group.main.name
  location                        = azurerm_resource_group.main.location
  account_tier                    = "Standard"
  account_replication_type        = "GRS"
  allow_nested_items_to_be_public = false
}

# Private is the default.
resource "azurerm_storage_container" "data" {
  name               = "data"
  storage_account_id = azurerm_storage_account.web.id
}

resource "azurerm_storage_container" "reports" {
  name                  = "reports"
  storage_account_id    = azurerm_storage_account.web.id
  container_access_type = "private"
}

resource "azurerm_storage_container" "configurable" {
  name                  = "configurable"
  storage_account_id    = azurerm_storage_account.web.id
  container_access_type = var.access_type
}
