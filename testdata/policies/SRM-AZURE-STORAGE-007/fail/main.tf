resource "azurerm_resource_group" "main" {
  name     = "rg-data"
  location = "westeurope"
}

# No blob_properties: soft delete is off.
resource "azurerm_storage_account" "documents" { # expect: SRM-AZURE-STORAGE-007
  name                     = "acmedocuments"
  resource_group_name      = azurerm_resource_group.main.name
  location                 = azurerm_resource_group.main.location
  account_tier             = "Standard"
  account_replication_type = "GRS"
}

# Versioning only, no delete retention policy.
resource "azurerm_storage_account" "versioned" {
  name                     = "acmeversioned"
  resource_group_name      = azurerm_resource_group.main.name
  location                 = azurerm_resource_group.main.location
  account_tier             = "Standard"
  account_replication_type = "GRS"

  blob_properties { # expect: SRM-AZURE-STORAGE-007
    versioning_enabled = true
  }
}

# Retention too short.
resource "azurerm_storage_account" "scratch" {
  name                     = "acmescratch"
  resource_group_name      = azurerm_resource_group.main.name
  location                 = azurerm_resource_group.main.location
  account_tier             = "Standard"
  account_replication_type = "LRS"

  blob_properties {
    delete_retention_policy {
      days = 1 # expect: SRM-AZURE-STORAGE-007
    }
  }
}
