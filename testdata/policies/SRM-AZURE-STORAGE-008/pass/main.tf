variable "log_reads" {
  type    = bool
  default = true
}

resource "azurerm_resource_group" "main" {
  name     = "rg-jobs"
  location = "westeurope"
}

# Inline queue logging.
resource "azurerm_storage_account" "jobs" {
  name                     = "acmejobs"
  resource_group_name      = azurerm_resource_group.main.name
  location                 = azurerm_resource_group.main.location
  account_tier             = "Standard"
  account_replication_type = "GRS"

  queue_properties {
    logging {
      version               = "1.0"
      read                  = true
      write                 = true
      delete                = true
      retention_policy_days = 90
    }
  }
}

resource "azurerm_storage_queue" "jobs" {
  name               = "jobs"
  storage_account_id = azurerm_storage_account.jobs.id
}

# azurerm 4.x split queue properties.
resource "azurerm_storage_account" "orders" {
  name                     = "acmeorders"
  resource_group_name      = azurerm_resource_group.main.name
  location                 = azurerm_resource_group.main.location
  account_tier             = "Standard"
  account_replication_type = "GRS"
}

resource "azurerm_storage_account_queue_properties" "orders" {
  storage_account_id = azurerm_storage_account.orders.id

  logging {
    version               = "1.0"
    read                  = var.log_reads
    write                 = true
    delete                = true
    retention_policy_days = 90
  }
}

resource "azurerm_storage_queue" "orders" {
  name               = "orders"
  storage_account_id = azurerm_storage_account.orders.id
}

# No queues in this account: queue logging is not required.
resource "azurerm_storage_account" "blobs" {
  name                     = "acmeblobs"
  resource_group_name      = azurerm_resource_group.main.name
  location                 = azurerm_resource_group.main.location
  account_tier             = "Standard"
  account_replication_type = "GRS"
}
