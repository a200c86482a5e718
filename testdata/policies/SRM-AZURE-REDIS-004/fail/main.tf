resource "azurerm_resource_group" "main" {
  name     = "rg-cache"
  location = "westeurope"
}

resource "azurerm_virtual_network" "main" {
  name                = "vnet-cache"
  location            = azurerm_resource_group.main.location
  resource_group_name = azurerm_resource_group.main.name
  address_space       = ["10.30.0.0/16"]
}

resource "azurerm_subnet" "redis" {
  name                 = "snet-redis"
  resource_group_name  = azurerm_resource_group.main.name
  virtual_network_name = azurerm_virtual_network.main.name
  address_prefixes     = ["10.30.1.0/24"]
}

resource "azurerm_redis_cache" "cache" {
  name                = "redis-acme-cache"
  location            = azurerm_resource_group.main.location
  resource_group_name = azurerm_resource_group.main.name
  capacity            = 1
  family              = "P"
  sku_name            = "Premium"
  subnet_id           = azurerm_subnet.redis.id

  redis_configuration {
    authentication_enabled = false # expect: SRM-AZURE-REDIS-004
    maxmemory_policy       = "allkeys-lru"
  }
}
