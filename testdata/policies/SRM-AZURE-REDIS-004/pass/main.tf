variable "redis_authentication_enabled" {
  type = bool
}

resource "azurerm_resource_group" "main" {
  name     = "rg-cache"
  location = "westeurope"
}

resource "azurerm_redis_cache" "cache" {
  name                          = "redis-acme-cache"
  location                      = azurerm_resource_group.main.location
  resource_group_name           = azurerm_resource_group.main.name
  capacity                      = 1
  family                        = "P"
  sku_name                      = "Premium"
  public_network_access_enabled = false

  redis_configuration {
    authentication_enabled                  = true
    active_directory_authentication_enabled = true
  }
}

resource "azurerm_redis_cache" "sessions" {
  name                          = "redis-acme-sessions"
  location                      = azurerm_resource_group.main.location
  resource_group_name           = azurerm_resource_group.main.name
  capacity                      = 1
  family                        = "C"
  sku_name                      = "Standard"
  public_network_access_enabled = false

  redis_configuration {
    maxmemory_policy = "volatile-lru"
  }
}

resource "azurerm_redis_cache" "configurable" {
  name                          = "redis-acme-conf"
  location                      = azurerm_resource_group.main.location
  resource_group_name           = azurerm_resource_group.main.name
  capacity                      = 1
  family                        = "P"
  sku_name                      = "Premium"
  public_network_access_enabled = false

  redis_configuration {
    authentication_enabled = var.redis_authentication_enabled
  }
}
