resource "azurerm_resource_group" "main" {
  name     = "rg-cache"
  location = "westeurope"
}

resource "azurerm_redis_cache" "cache" {
  name                = "redis-acme-cache"
  location            = azurerm_resource_group.main.location
  resource_group_name = azurerm_resource_group.main.name
  capacity            = 1
  family              = "C"
  sku_name            = "Standard"
}

resource "azurerm_redis_firewall_rule" "everyone" {
  name                = "everyone"
  redis_cache_name    = azurerm_redis_cache.cache.name
  resource_group_name = azurerm_resource_group.main.name
  start_ip            = "0.0.0.0"
  end_ip              = "255.255.255.255" # expect: SRM-AZURE-REDIS-005
}
