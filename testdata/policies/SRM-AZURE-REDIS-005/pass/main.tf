variable "office_start_ip" {
  type = string
}

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

resource "azurerm_redis_firewall_rule" "app" {
  name                = "app_egress"
  redis_cache_name    = azurerm_redis_cache.cache.name
  resource_group_name = azurerm_resource_group.main.name
  start_ip            = "203.0.113.10"
  end_ip              = "203.0.113.20"
}

resource "azurerm_redis_firewall_rule" "office" {
  name                = "office"
  redis_cache_name    = azurerm_redis_cache.cache.name
  resource_group_name = azurerm_resource_group.main.name
  start_ip            = var.office_start_ip
  end_ip              = "198.51.100.255"
}
