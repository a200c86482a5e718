variable "default_action" {
  type    = string
  default = "Deny"
}

resource "azurerm_resource_group" "main" {
  name     = "rg-data"
  location = "westeurope"
}

resource "azurerm_virtual_network" "main" {
  name                = "vnet-data"
  resource_group_name = azurerm_resource_group.main.name
  location            = azurerm_resource_group.main.location
  address_space       = ["10.20.0.0/16"]
}

resource "azurerm_subnet" "app" {
  name                 = "snet-app"
  resource_group_name  = azurerm_resource_group.main.name
  virtual_network_name = azurerm_virtual_network.main.name
  address_prefixes     = ["10.20.1.0/24"]
  service_endpoints    = ["Microsoft.Storage"]
}

# Inline rules, deny by default.
resource "azurerm_storage_account" "inline" {
  name                     = "acmeinline"
  resource_group_name      = azurerm_resource_group.main.name
  location                 = azurerm_resource_group.main.location
  account_tier             = "Standard"
  account_replication_type = "GRS"

  network_rules {
    default_action             = "Deny"
    bypass                     = ["AzureServices"]
    virtual_network_subnet_ids = [azurerm_subnet.app.id]
  }
}

# Split resource, deny by default.
resource "azurerm_storage_account" "split" {
  name                     = "acmesplit"
  resource_group_name      = azurerm_resource_group.main.name
  location                 = azurerm_resource_group.main.location
  account_tier             = "Standard"
  account_replication_type = "GRS"
}

resource "azurerm_storage_account_network_rules" "split" {
  storage_account_id         = azurerm_storage_account.split.id
  default_action             = "Deny"
  virtual_network_subnet_ids = [azurerm_subnet.app.id]
}

# No public endpoint: reachable through private endpoints only.
resource "azurerm_storage_account" "private" {
  name                          = "acmeprivate"
  resource_group_name           = azurerm_resource_group.main.name
  location                      = azurerm_resource_group.main.location
  account_tier                  = "Standard"
  account_replication_type      = "ZRS"
  public_network_access_enabled = false
}

# Decided by a variable: not judged.
resource "azurerm_storage_account" "configurable" {
  name                     = "acmeconfigurable"
  resource_group_name      = azurerm_resource_group.main.name
  location                 = azurerm_resource_group.main.location
  account_tier             = "Standard"
  account_replication_type = "LRS"

  network_rules {
    default_action = var.default_action
  }
}
