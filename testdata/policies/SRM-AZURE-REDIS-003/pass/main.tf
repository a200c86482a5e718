variable "public_network_access_enabled" {
  type = bool
}

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

# Private endpoint only.
resource "azurerm_redis_cache" "sessions" {
  name                          = "redis-acme-sessions"
  location                      = azurerm_resource_group.main.location
  resource_group_name           = azurerm_resource_group.main.name
  capacity                      = 1
  family                        = "C"
  sku_name                      = "Standard"
  public_network_access_enabled = false
}

# Injected in a virtual network.
resource "azurerm_redis_cache" "cache" {
  name                = "redis-acme-cache"
  location            = azurerm_resource_group.main.location
  resource_group_name = azurerm_resource_group.main.name
  capacity            = 1
  family              = "P"
  sku_name            = "Premium"
  subnet_id           = azurerm_subnet.redis.id
}

# Public endpoint limited to the application's egress addresses.
resource "azurerm_redis_cache" "rates" {
  name                = "redis-acme-rates"
  location            = azurerm_resource_group.main.location
  resource_group_name = azurerm_resource_group.main.name
  capacity            = 1
  family              = "C"
  sku_name            = "Standard"
}

resource "azurerm_redis_firewall_rule" "rates_app" {
  name                = "app_egress"
  redis_cache_name    = azurerm_redis_cache.rates.name
  resource_group_name = azurerm_resource_group.main.name
  start_ip            = "203.0.113.10"
  end_ip              = "203.0.113.20"
}

resource "azurerm_redis_cache" "configurable" {
  name                          = "redis-acme-conf"
  location                      = azurerm_resource_group.main.location
  resource_group_name           = azurerm_resource_group.main.name
  capacity                      = 1
  family                        = "C"
  sku_name                      = "Standard"
  public_network_access_enabled = var.public_network_access_enabled
}
