resource "azurerm_resource_group" "main" {
  name     = "rg-jobs"
  location = "westeurope"
}

# Queues, but no queue logging.
resource "azurerm_storage_account" "jobs" { # expect: SRM-AZURE-STORAGE-008
  name                     = "acmejobs"
  resource_group_name      = azurerm_resource_group.main.name
  location                 = azurerm_resource_group.main.location
  account_tier             = "Standard"
  account_replication_type = "GRS"
}

resource "azurerm_storage_queue" "jobs" {
  name               = "jobs"
  storage_account_id = azurerm_storage_account.jobs.id
}

# Logging that leaves deletions out.
resource "azurerm_storage_account" "events" {
  name                     = "acmeevents"
  resource_group_name      = azurerm_resource_group.main.name
  location                 = azurerm_resource_group.main.location
  account_tier             = "Standard"
  account_replication_type = "GRS"

  queue_properties {
    logging {
      version               = "1.0"
      read                  = true
      write                 = true
      delete                = false # expect: SRM-AZURE-STORAGE-008
      retention_policy_days = 30
    }
  }
}

resource "azurerm_storage_queue" "events" {
  name                 = "events"
  storage_account_name = azurerm_storage_account.events.name
}

# azurerm 4.x split resource that does not log reads.
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
    read                  = false # expect: SRM-AZURE-STORAGE-008
    write                 = true
    delete                = true
    retention_policy_days = 30
  }
}

# Queue properties (metrics only) without logging.
resource "azurerm_storage_account" "notifications" {
  name                     = "acmenotifications"
  resource_group_name      = azurerm_resource_group.main.name
  location                 = azurerm_resource_group.main.location
  account_tier             = "Standard"
  account_replication_type = "GRS"

  queue_properties { # expect: SRM-AZURE-STORAGE-008
    hour_metrics {
      version               = "1.0"
      include_apis          = true
      retention_policy_days = 30
    }
  }
}
