resource "azurerm_resource_group" "main" {
  name     = "rg-data"
  location = "westeurope"
}

# Inline rules that allow everything by default.
resource "azurerm_storage_account" "open" {
  name                     = "acmeopen"
  resource_group_name      = azurerm_resource_group.main.name
  location                 = azurerm_resource_group.main.location
  account_tier             = "Standard"
  account_replication_type = "GRS"

  network_rules {
    default_action = "Allow" # expect: SRM-AZURE-STORAGE-005
    ip_rules       = ["203.0.113.10"]
  }
}

# No network rules at all.
resource "azurerm_storage_account" "unrestricted" { # expect: SRM-AZURE-STORAGE-005
  name                     = "acmeunrestricted"
  resource_group_name      = azurerm_resource_group.main.name
  location                 = azurerm_resource_group.main.location
  account_tier             = "Standard"
  account_replication_type = "LRS"
}

# Split resource that allows everything by default.
resource "azurerm_storage_account" "split" {
  name                     = "acmesplit"
  resource_group_name      = azurerm_resource_group.main.name
  location                 = azurerm_resource_group.main.location
  account_tier             = "Standard"
  account_replication_type = "LRS"
}

resource "azurerm_storage_account_network_rules" "split" {
  storage_account_id = azurerm_storage_account.split.id
  default_action     = "Allow" # expect: SRM-AZURE-STORAGE-005
  bypass             = ["AzureServices"]
}
