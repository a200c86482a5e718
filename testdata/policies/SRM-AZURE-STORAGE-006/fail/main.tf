resource "azurerm_resource_group" "main" {
  name     = "rg-finance"
  location = "westeurope"
}

resource "azurerm_storage_account" "ledger" { # expect: SRM-AZURE-STORAGE-006
  name                     = "acmeledger"
  resource_group_name      = azurerm_resource_group.main.name
  location                 = azurerm_resource_group.main.location
  account_tier             = "Standard"
  account_replication_type = "GRS"

  tags = {
    data-classification = "confidential"
  }
}

resource "azurerm_storage_account" "payroll" { # expect: SRM-AZURE-STORAGE-006
  name                              = "acmepayroll"
  resource_group_name               = azurerm_resource_group.main.name
  location                          = azurerm_resource_group.main.location
  account_tier                      = "Standard"
  account_replication_type          = "GRS"
  infrastructure_encryption_enabled = false

  tags = {
    DataClassification = "Restricted"
  }
}
